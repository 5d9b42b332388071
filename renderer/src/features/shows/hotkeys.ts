import { hotkeyProblem, RESERVED_KEYS } from '../../../../shared/domain/catalog/cueLiveSettings';
import { chordSpec, type KeyChord } from '../../keyboard/hotkeyChord';

export type RecordedKey =
  | { kind: 'hotkey'; spec: string }
  /** Only a modifier so far: keep listening. */
  | { kind: 'modifier' }
  | { kind: 'clear' }
  | { kind: 'reserved'; key: 'Space' | 'Escape' }
  | { kind: 'unsupported' };

const MODIFIER_CODES = /^(Control|Alt|Shift|Meta|OS)(Left|Right)?$/;

/**
 * What a key press means to the hotkey recorder. Hotkeys are physical keys (KeyboardEvent.code), so "KeyQ" is the
 * same key on a QWERTY and an AZERTY keyboard and does not depend on the input method.
 */
export function recordKey(e: KeyChord): RecordedKey {
  if (MODIFIER_CODES.test(e.code)) return { kind: 'modifier' };
  const plain = !e.ctrlKey && !e.altKey && !e.shiftKey && !e.metaKey;
  if (plain && (e.code === 'Backspace' || e.code === 'Delete')) return { kind: 'clear' };
  if (e.code in RESERVED_KEYS) return { kind: 'reserved', key: e.code === 'Space' ? 'Space' : 'Escape' };
  const spec = chordSpec(e);
  return hotkeyProblem(spec) === null ? { kind: 'hotkey', spec } : { kind: 'unsupported' };
}
