/** How the prompter reads: kept in this browser (each screen has its own distance and glass). */
export interface PrompterPrefs {
  /** 1 (slowest) to 10. */
  speed: number;
  /** Text size in CSS pixels. */
  fontPx: number;
  /** Flipped left–right, for a beam-splitter glass. */
  mirror: boolean;
}

export const PROMPTER_PREFS_KEY = 'livecue.presenter.prefs';
export const SPEED_RANGE = { min: 1, max: 10 } as const;
export const FONT_RANGE = { min: 24, max: 120, step: 8 } as const;
export const defaultPrompterPrefs: PrompterPrefs = { speed: 3, fontPx: 48, mirror: false };

/** Scroll speed of a level: slow enough at 1 for a careful read, fast enough at 10 to skim. */
export const pixelsPerSecond = (prefs: Pick<PrompterPrefs, 'speed' | 'fontPx'>): number => prefs.speed * prefs.fontPx * 0.15;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)));

/** The kept preferences; anything missing or out of range falls back to the default, field by field. */
export function readPrompterPrefs(storage: Pick<Storage, 'getItem'>): PrompterPrefs {
  let raw: unknown = null;
  try {
    raw = JSON.parse(storage.getItem(PROMPTER_PREFS_KEY) ?? 'null');
  } catch {
    // Damaged: the defaults.
  }
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const number = (v: unknown, fallback: number, min: number, max: number) =>
    typeof v === 'number' && Number.isFinite(v) ? clamp(v, min, max) : fallback;
  return {
    speed: number(record.speed, defaultPrompterPrefs.speed, SPEED_RANGE.min, SPEED_RANGE.max),
    fontPx: number(record.fontPx, defaultPrompterPrefs.fontPx, FONT_RANGE.min, FONT_RANGE.max),
    mirror: typeof record.mirror === 'boolean' ? record.mirror : defaultPrompterPrefs.mirror,
  };
}

export function savePrompterPrefs(storage: Pick<Storage, 'setItem'>, prefs: PrompterPrefs): void {
  try {
    storage.setItem(PROMPTER_PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Storage full or refused (private mode): the settings hold until the page closes.
  }
}

/** One step of a control: faster/slower, larger/smaller, mirror on/off. */
export type PrefChange = 'faster' | 'slower' | 'larger' | 'smaller' | 'mirror';

export function changePrefs(prefs: PrompterPrefs, change: PrefChange): PrompterPrefs {
  switch (change) {
    case 'faster':
      return { ...prefs, speed: clamp(prefs.speed + 1, SPEED_RANGE.min, SPEED_RANGE.max) };
    case 'slower':
      return { ...prefs, speed: clamp(prefs.speed - 1, SPEED_RANGE.min, SPEED_RANGE.max) };
    case 'larger':
      return { ...prefs, fontPx: clamp(prefs.fontPx + FONT_RANGE.step, FONT_RANGE.min, FONT_RANGE.max) };
    case 'smaller':
      return { ...prefs, fontPx: clamp(prefs.fontPx - FONT_RANGE.step, FONT_RANGE.min, FONT_RANGE.max) };
    case 'mirror':
      return { ...prefs, mirror: !prefs.mirror };
  }
}

/** The keys of a prompter: Space pause, ↑/↓ speed, +/- size, M mirror. */
export function keyAction(key: string): PrefChange | 'pause' | null {
  switch (key) {
    case ' ':
    case 'Spacebar':
      return 'pause';
    case 'ArrowUp':
      return 'faster';
    case 'ArrowDown':
      return 'slower';
    case '+':
    case '=':
      return 'larger';
    case '-':
    case '_':
      return 'smaller';
    case 'm':
    case 'M':
      return 'mirror';
    default:
      return null;
  }
}

/**
 * Where the text is after `elapsedMs` more of scrolling: it moves at `speedPx` a second and stops at the end. A long
 * gap between frames (a hidden tab, a stalled machine) moves it by one frame's worth, never by a jump.
 */
export function advance(offsetPx: number, speedPx: number, elapsedMs: number, maxOffsetPx: number): number {
  const step = (speedPx * Math.min(Math.max(elapsedMs, 0), 100)) / 1000;
  return Math.min(Math.max(0, maxOffsetPx), offsetPx + step);
}
