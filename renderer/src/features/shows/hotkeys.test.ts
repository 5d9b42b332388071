import { describe, expect, it } from 'vitest';
import { chord as press } from '../../../../test/support/renderer/keyChordFixture';
import { recordKey } from './hotkeys';

describe('hotkey recorder', () => {
  it('records a key with its modifiers in the canonical order', () => {
    expect(recordKey(press('F2'))).toEqual({ kind: 'hotkey', spec: 'F2' });
    expect(recordKey(press('KeyQ', { shiftKey: true, ctrlKey: true }))).toEqual({ kind: 'hotkey', spec: 'Ctrl+Shift+KeyQ' });
    expect(recordKey(press('Digit3', { metaKey: true, altKey: true }))).toEqual({ kind: 'hotkey', spec: 'Alt+Meta+Digit3' });
  });

  it('keeps listening on a bare modifier, clears on Backspace/Delete, refuses the live console’s keys and others', () => {
    expect(recordKey(press('ShiftLeft', { shiftKey: true }))).toEqual({ kind: 'modifier' });
    expect(recordKey(press('ControlRight', { ctrlKey: true }))).toEqual({ kind: 'modifier' });
    expect(recordKey(press('Backspace'))).toEqual({ kind: 'clear' });
    expect(recordKey(press('Delete'))).toEqual({ kind: 'clear' });
    expect(recordKey(press('Space'))).toEqual({ kind: 'reserved', key: 'Space' });
    expect(recordKey(press('Escape', { ctrlKey: true }))).toEqual({ kind: 'reserved', key: 'Escape' });
    expect(recordKey(press('Enter'))).toEqual({ kind: 'unsupported' });
    expect(recordKey(press('Backspace', { ctrlKey: true }))).toEqual({ kind: 'unsupported' });
  });
});
