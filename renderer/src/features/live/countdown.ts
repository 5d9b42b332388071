import { formatCountdown } from '../../../../shared/domain/runtime';

/** The clock fields of a running cue that the console shows. */
export interface RunClock {
  startedAt: number;
  deadlineAt: number | null;
  plannedEndAt: number | null;
}

export interface ClockView {
  /** "mm:ss" left, "+mm:ss" over, or "mm:ss" elapsed when the cue has no end. */
  text: string;
  /** `ending`: the last ENDING_MS of a countdown, when the host calls "last chance" (the warning colour). */
  mode: 'remaining' | 'ending' | 'overtime' | 'elapsed';
}

/** The last stretch of a countdown, drawn in the warning colour. */
export const ENDING_MS = 30_000;

/** Whole seconds, rounded down, as "mm:ss" (or "h:mm:ss"): for time that has passed. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  return formatCountdown(total * 1000);
}

/**
 * What a running cue's clock reads at `now`, from its absolute times only (never from when a push arrived):
 * time left to its deadline (else its planned end), then overtime past that as "+mm:ss".
 */
export function runClock(run: RunClock, now: number): ClockView {
  const end = run.deadlineAt ?? run.plannedEndAt;
  if (end === null) return { text: formatElapsed(now - run.startedAt), mode: 'elapsed' };
  if (now < end) return { text: formatCountdown(end - now), mode: end - now <= ENDING_MS ? 'ending' : 'remaining' };
  return { text: `+${formatElapsed(now - end)}`, mode: 'overtime' };
}
