import { describe, expect, it } from 'vitest';
import { nextFocusIndex } from './listFocus';

describe('nextFocusIndex', () => {
  it('moves one row with the arrows and stops at either end', () => {
    expect(nextFocusIndex(0, 'ArrowDown', 3)).toBe(1);
    expect(nextFocusIndex(2, 'ArrowDown', 3)).toBe(2);
    expect(nextFocusIndex(1, 'ArrowUp', 3)).toBe(0);
    expect(nextFocusIndex(0, 'ArrowUp', 3)).toBe(0);
  });
  it('jumps to the first and last row with Home and End', () => {
    expect(nextFocusIndex(1, 'Home', 5)).toBe(0);
    expect(nextFocusIndex(1, 'End', 5)).toBe(4);
  });
  it('ignores other keys and an empty list', () => {
    expect(nextFocusIndex(1, 'Enter', 3)).toBeNull();
    expect(nextFocusIndex(0, 'ArrowDown', 0)).toBeNull();
  });
  it('starts from a valid row when the current one is gone', () => {
    expect(nextFocusIndex(9, 'ArrowUp', 3)).toBe(1);
    expect(nextFocusIndex(-1, 'ArrowDown', 3)).toBe(1);
  });
});
