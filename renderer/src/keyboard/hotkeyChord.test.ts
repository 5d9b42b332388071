import { describe, expect, it } from 'vitest';
import { chord } from '../../../test/support/renderer/keyChordFixture';
import { chordSpec, hotkeyLabel } from './hotkeyChord';

describe('hotkey chords', () => {
  it('writes a key press with modifiers in the order Ctrl+Alt+Shift+Meta', () => {
    expect(chordSpec(chord('F1'))).toBe('F1');
    expect(chordSpec(chord('KeyQ', { metaKey: true, shiftKey: true, altKey: true, ctrlKey: true }))).toBe('Ctrl+Alt+Shift+Meta+KeyQ');
  });

  it('labels a hotkey the way its key cap reads', () => {
    expect(hotkeyLabel('Ctrl+Shift+KeyQ')).toBe('Ctrl+Shift+Q');
    expect(hotkeyLabel('Digit1')).toBe('1');
    expect(hotkeyLabel('Numpad7')).toBe('Num 7');
    expect(hotkeyLabel('F12')).toBe('F12');
  });
});
