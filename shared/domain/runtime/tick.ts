import { type Draft, end, refreshCountdown, start } from './lifecycle';
import { hasCountdownText } from './obsEffects';
import type { Outcome } from './result';
import { cueById } from './runtimeState';

/** Far more steps than any real show chains in one tick; only a guard so a tick always returns. */
const MAX_STEPS = 10_000;

/**
 * Advances the clock to `now`: pre-waits that ran out start their cue, countdowns that ran out complete theirs, in time
 * order, each at the moment it was due (a late tick, e.g. after sleep, logs true times). Ends come before starts due at
 * the same moment, so an auto-follow sees its predecessor finished.
 */
export function tick(d: Draft, now: number): Outcome {
  for (let step = 0; step < MAX_STEPS; step++) {
    const { s } = d;
    const due = s.running.reduce<{ cueId: string; at: number } | null>(
      (best, r) =>
        r.deadlineAt !== null && r.deadlineAt <= now && (best === null || r.deadlineAt < best.at)
          ? { cueId: r.cueId, at: r.deadlineAt }
          : best,
      null,
    );
    const pend = s.pending.reduce<(typeof s.pending)[number] | null>(
      (best, p) => (p.startAt <= now && (best === null || p.startAt < best.startAt) ? p : best),
      null,
    );
    if (due && (!pend || due.at <= pend.startAt)) {
      end(d, due.cueId, 'completed', due.at);
      continue;
    }
    if (pend) {
      s.pending = s.pending.filter((p) => p !== pend);
      const cue = cueById(s, pend.cueId);
      if (cue) start(d, cue, pend.trigger, pend.startAt);
      continue;
    }
    break;
  }
  refreshCountdown(d, now);
  return null;
}

/**
 * The next moment something changes on its own: a pre-wait or countdown ending, or the next second of a countdown a
 * cue's own OBS text shows (`{countdown}`). The graphics' countdowns are drawn from the deadline by their renderer.
 */
export function nextWakeAt(d: Draft, now: number): number | null {
  const { s } = d;
  const times: number[] = s.pending.map((p) => p.startAt);
  for (const r of s.running) {
    if (r.deadlineAt === null) continue;
    times.push(r.deadlineAt);
    const left = r.deadlineAt - now;
    const cue = cueById(s, r.cueId);
    // The shown value (whole seconds, rounded up) drops when `left` reaches the next lower multiple of 1000.
    if (left > 0 && cue && hasCountdownText(cue)) times.push(r.deadlineAt - (Math.ceil(left / 1000) - 1) * 1000);
  }
  const future = times.filter((t) => t > now);
  return future.length === 0 ? (times.length > 0 ? now : null) : Math.min(...future);
}
