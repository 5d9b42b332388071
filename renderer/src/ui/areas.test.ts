import { describe, expect, it } from 'vitest';
import { AREAS, areaForShortcut } from './areas';

const key = (over: Partial<Parameters<typeof areaForShortcut>[0]>) => ({
  key: '1',
  code: 'Digit1',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...over,
});

describe('areaForShortcut', () => {
  it('maps Ctrl+1..5 to the areas in navigation order', () => {
    expect(AREAS.map((_, i) => areaForShortcut(key({ key: String(i + 1), code: `Digit${i + 1}`, ctrlKey: true }), false))).toEqual([
      'live',
      'shows',
      'products',
      'reports',
      'settings',
    ]);
  });

  it('uses Cmd on macOS and not Ctrl', () => {
    expect(areaForShortcut(key({ metaKey: true }), true)).toBe('live');
    expect(areaForShortcut(key({ ctrlKey: true }), true)).toBeNull();
    expect(areaForShortcut(key({ metaKey: true }), false)).toBeNull();
  });

  it('ignores other digits, plain digits and extra modifiers', () => {
    expect(areaForShortcut(key({ key: '6', code: 'Digit6', ctrlKey: true }), false)).toBeNull();
    expect(areaForShortcut(key({}), false)).toBeNull();
    expect(areaForShortcut(key({ ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(areaForShortcut(key({ ctrlKey: true, altKey: true }), false)).toBeNull();
  });

  it('follows the physical key on layouts where the digit row types symbols', () => {
    expect(areaForShortcut(key({ key: '&', code: 'Digit1', ctrlKey: true }), false)).toBe('live');
    expect(areaForShortcut(key({ key: '3', code: 'Numpad3', ctrlKey: true }), false)).toBe('products');
  });
});
