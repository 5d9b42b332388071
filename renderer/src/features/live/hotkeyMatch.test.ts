import { describe, expect, it } from 'vitest';
import { chordSpec, cueForChord, hotkeyLabel, matchesHotkey, normalizeHotkey } from './hotkeyMatch';

const key = (code: string, mods: Partial<Record<'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey', boolean>> = {}) => ({
  code,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

describe('hotkey matching', () => {
  it('writes a key press with modifiers in the order Ctrl+Alt+Shift+Meta', () => {
    expect(chordSpec(key('F1'))).toBe('F1');
    expect(chordSpec(key('KeyQ', { metaKey: true, shiftKey: true, altKey: true, ctrlKey: true }))).toBe('Ctrl+Alt+Shift+Meta+KeyQ');
  });

  it('matches a plain key and a key with modifiers exactly', () => {
    expect(matchesHotkey('F1', key('F1'))).toBe(true);
    expect(matchesHotkey('Ctrl+Digit1', key('Digit1', { ctrlKey: true }))).toBe(true);
    expect(matchesHotkey('Ctrl+Digit1', key('Digit1'))).toBe(false);
    // An extra modifier is another key.
    expect(matchesHotkey('F1', key('F1', { shiftKey: true }))).toBe(false);
    expect(matchesHotkey('KeyQ', key('KeyW'))).toBe(false);
  });

  it('accepts modifiers written in another order or case', () => {
    expect(normalizeHotkey('shift+ctrl+F2')).toBe('Ctrl+Shift+F2');
    expect(matchesHotkey('Shift+Ctrl+F2', key('F2', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(normalizeHotkey('Hyper+F2')).toBeNull();
    expect(normalizeHotkey('')).toBeNull();
  });

  it('finds the cue a key fires, ignoring cues without a hotkey', () => {
    const cues = [
      { id: 'a', hotkey: null },
      { id: 'b', hotkey: 'F2' },
      { id: 'c', hotkey: 'Alt+KeyC' },
    ];
    expect(cueForChord(cues, key('F2'))?.id).toBe('b');
    expect(cueForChord(cues, key('KeyC', { altKey: true }))?.id).toBe('c');
    expect(cueForChord(cues, key('KeyC'))).toBeUndefined();
  });

  it('labels a hotkey as its key cap reads', () => {
    expect(hotkeyLabel('Ctrl+KeyQ')).toBe('Ctrl+Q');
    expect(hotkeyLabel('Digit1')).toBe('1');
    expect(hotkeyLabel('Numpad7')).toBe('Num 7');
    expect(hotkeyLabel('F12')).toBe('F12');
  });
});
