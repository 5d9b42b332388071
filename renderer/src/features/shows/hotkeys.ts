import { HOTKEY_MODIFIERS, hotkeyProblem, RESERVED_KEYS } from '../../../../shared/domain/catalog/cueLiveSettings';

/** The parts of a keydown the recorder looks at. */
export interface KeyPress {
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

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
export function recordKey(e: KeyPress): RecordedKey {
  if (MODIFIER_CODES.test(e.code)) return { kind: 'modifier' };
  const plain = !e.ctrlKey && !e.altKey && !e.shiftKey && !e.metaKey;
  if (plain && (e.code === 'Backspace' || e.code === 'Delete')) return { kind: 'clear' };
  if (e.code in RESERVED_KEYS) return { kind: 'reserved', key: e.code === 'Space' ? 'Space' : 'Escape' };
  const held = { Ctrl: e.ctrlKey, Alt: e.altKey, Shift: e.shiftKey, Meta: e.metaKey };
  const spec = [...HOTKEY_MODIFIERS.filter((m) => held[m]), e.code].join('+');
  return hotkeyProblem(spec) === null ? { kind: 'hotkey', spec } : { kind: 'unsupported' };
}

/** "Ctrl+KeyQ" → "Ctrl+Q", "Digit1" → "1", "Numpad7" → "Num 7": how a key cap reads. */
export function hotkeyLabel(spec: string): string {
  return spec
    .split('+')
    .map((part) =>
      part
        .replace(/^Key([A-Z])$/, '$1')
        .replace(/^Digit(\d)$/, '$1')
        .replace(/^Numpad(\d)$/, 'Num $1'),
    )
    .join('+');
}
