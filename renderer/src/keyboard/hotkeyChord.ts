import { HOTKEY_MODIFIERS } from '../../../shared/domain/catalog/cueLiveSettings';

/**
 * Hotkeys are physical keys (KeyboardEvent.code, so "KeyQ" is the same key on QWERTY and AZERTY and does not
 * depend on the input method) with modifiers in the order Ctrl+Alt+Shift+Meta; the format and its rules live with
 * the cue settings (shared/domain/catalog/cueLiveSettings.ts). The recorder and the live console both use these.
 */

/** The parts of a keydown a hotkey looks at. */
export interface KeyChord {
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

/** A key press written the way hotkeys are written: "Ctrl+Shift+KeyQ". */
export function chordSpec(e: KeyChord): string {
  const held = { Ctrl: e.ctrlKey, Alt: e.altKey, Shift: e.shiftKey, Meta: e.metaKey };
  return [...HOTKEY_MODIFIERS.filter((m) => held[m]), e.code].join('+');
}

/** How a hotkey reads on a key cap: "Ctrl+KeyQ" → "Ctrl+Q", "Digit1" → "1", "Numpad7" → "Num 7". */
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
