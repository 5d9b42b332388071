import { describe, expect, it } from 'vitest';
import { chord as key } from '../../../../test/support/renderer/keyChordFixture';
import { cueForChord, matchesHotkey, normalizeHotkey } from './hotkeyMatch';

describe('hotkey matching', () => {
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
});
