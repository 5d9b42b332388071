import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../../electron/backend/events/eventStore';
import type { SessionCounter } from '../../shared/domain/session/sessionEvents';

/** A logged event and the wall time it happened at. */
export interface TimedEvent {
  at: number;
  event: NewEvent;
}

const COUNTERS: SessionCounter[] = ['likes', 'comments', 'newFollowers', 'shares', 'orders', 'buyers', 'gmvFen', 'views', 'fanClubJoins'];

/**
 * The events of a live session of `hours` hours, as the session logs them (types and payloads of
 * sessionEvents): a cue every 3 minutes with its OBS batch and operator command, a coupon drop every
 * 9 minutes, viewer readings every 5 seconds and counter increments about every 2 seconds.
 * About 2,800 events an hour.
 */
export function offlineShowEvents(hours: number, t0 = Date.UTC(2026, 11, 6, 11)): TimedEvent[] {
  const sessionId = randomUUID();
  const showId = randomUUID();
  const out: TimedEvent[] = [];
  const log = (at: number, type: string, payload: Record<string, unknown>) =>
    out.push({ at, event: { type, sessionId, payload: { sessionId, at, ...payload } } });
  const end = t0 + hours * 3_600_000;
  log(t0, 'session.started', { showId, showName: '晚场直播', at: t0 });
  let cueId: string | null = null;
  for (let at = t0, tick = 0; at < end; at += 1000, tick++) {
    if (tick % 180 === 0) {
      const next = randomUUID();
      const productId = randomUUID();
      log(at, 'operator.command', { command: { type: 'go', expectedStandbyId: next }, standbyBefore: next, standbyAfter: randomUUID() });
      if (cueId) log(at, 'cue.ended', { cueId, reason: 'next' });
      log(at, 'cue.started', {
        cueId: next,
        cueType: 'product',
        title: `讲解 ${tick / 180 + 1}`,
        trigger: 'go',
        productId,
        couponId: null,
        taskId: null,
        plannedStartAt: at,
        plannedDurationMs: 180_000,
        deadlineAt: at + 180_000,
      });
      log(at, 'obs.batch', { cueId: next, ok: true, failures: [] });
      cueId = next;
    }
    if (tick % 540 === 270) log(at, 'coupon.dropped', { couponId: randomUUID(), quantity: 100, claimUntil: at + 300_000 });
    if (tick % 5 === 0) log(at, 'gauge.read', { gauge: 'viewersOnline', value: 800 + (tick % 400) });
    if (tick % 2 === 1) {
      const counter = COUNTERS[tick % COUNTERS.length] as SessionCounter;
      log(at, 'counter.incremented', { counter, by: counter === 'gmvFen' ? 9_900 : 1 + (tick % 7), productId: null });
    }
  }
  if (cueId) log(end, 'cue.ended', { cueId, reason: 'session_end' });
  log(end, 'session.ended', {});
  return out;
}
