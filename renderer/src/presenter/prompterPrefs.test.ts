import { describe, expect, it } from 'vitest';
import {
  advance,
  changePrefs,
  defaultPrompterPrefs,
  FONT_RANGE,
  keyAction,
  PROMPTER_PREFS_KEY,
  pixelsPerSecond,
  readPrompterPrefs,
  SPEED_RANGE,
  savePrompterPrefs,
} from './prompterPrefs';

const storageWith = (value: string | null) => ({ getItem: (k: string) => (k === PROMPTER_PREFS_KEY ? value : null) });

describe('prompter preferences', () => {
  it('reads what was kept, field by field, and falls back to the defaults for anything missing or wrong', () => {
    expect(readPrompterPrefs(storageWith(null))).toEqual(defaultPrompterPrefs);
    expect(readPrompterPrefs(storageWith('not json'))).toEqual(defaultPrompterPrefs);
    expect(readPrompterPrefs(storageWith(JSON.stringify({ speed: 7, fontPx: 64, mirror: true })))).toEqual({
      speed: 7,
      fontPx: 64,
      mirror: true,
    });
    expect(readPrompterPrefs(storageWith(JSON.stringify({ speed: 99, fontPx: 'big', mirror: 'yes' })))).toEqual({
      ...defaultPrompterPrefs,
      speed: SPEED_RANGE.max,
    });
  });

  it('keeps what it saves', () => {
    const items = new Map<string, string>();
    savePrompterPrefs({ setItem: (k, v) => void items.set(k, v) }, { speed: 2, fontPx: 40, mirror: true });
    expect(readPrompterPrefs({ getItem: (k) => items.get(k) ?? null })).toEqual({ speed: 2, fontPx: 40, mirror: true });
  });

  it('steps speed and size within their ranges and toggles the mirror', () => {
    const fastest = { ...defaultPrompterPrefs, speed: SPEED_RANGE.max };
    expect(changePrefs(fastest, 'faster').speed).toBe(SPEED_RANGE.max);
    expect(changePrefs(defaultPrompterPrefs, 'slower').speed).toBe(defaultPrompterPrefs.speed - 1);
    expect(changePrefs(defaultPrompterPrefs, 'larger').fontPx).toBe(defaultPrompterPrefs.fontPx + FONT_RANGE.step);
    expect(changePrefs({ ...defaultPrompterPrefs, fontPx: FONT_RANGE.min }, 'smaller').fontPx).toBe(FONT_RANGE.min);
    expect(changePrefs(defaultPrompterPrefs, 'mirror').mirror).toBe(true);
  });

  it('maps the prompter keys', () => {
    expect([' ', 'ArrowUp', 'ArrowDown', '+', '=', '-', 'm', 'M', 'x'].map(keyAction)).toEqual([
      'pause',
      'faster',
      'slower',
      'larger',
      'larger',
      'smaller',
      'mirror',
      'mirror',
      null,
    ]);
  });
});

describe('prompter motion', () => {
  it('moves at its speed, stops at the end, and never jumps after a long gap between frames', () => {
    expect(advance(0, 100, 50, 1000)).toBe(5);
    expect(advance(998, 100, 50, 1000)).toBe(1000);
    expect(advance(0, 100, 60_000, 1000)).toBe(10);
    expect(advance(10, 100, -5, 1000)).toBe(10);
    expect(advance(0, 100, 50, -20)).toBe(0);
  });

  it('scrolls faster with a higher speed and with larger text (lines go by at the same pace)', () => {
    expect(pixelsPerSecond({ speed: 4, fontPx: 48 })).toBeGreaterThan(pixelsPerSecond({ speed: 3, fontPx: 48 }));
    expect(pixelsPerSecond({ speed: 3, fontPx: 96 })).toBe(2 * pixelsPerSecond({ speed: 3, fontPx: 48 }));
  });
});
