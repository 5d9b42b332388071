import type { KeyChord } from '../../../renderer/src/keyboard/hotkeyChord';

/** A key press for tests: `code` with the given modifiers held, none by default. */
export const chord = (code: string, mods: Partial<Omit<KeyChord, 'code'>> = {}): KeyChord => ({
  code,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});
