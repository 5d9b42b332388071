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
  mode: 'remaining' | 'overtime' | 'elapsed';
}

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
  if (now < end) return { text: formatCountdown(end - now), mode: 'remaining' };
  return { text: `+${formatElapsed(now - end)}`, mode: 'overtime' };
}

/** The last stretch of a countdown, drawn in the warning colour: the host calls "last chance". */
const ENDING_MS = 30_000;

/** Whether a running cue's countdown is in its last ENDING_MS (not yet over). */
export function isEnding(run: RunClock, now: number): boolean {
  const end = run.deadlineAt ?? run.plannedEndAt;
  return end !== null && now < end && end - now <= ENDING_MS;
}
