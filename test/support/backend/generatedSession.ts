import type { EventStore, NewEvent } from '../../../electron/backend/events/eventStore';
import type { CueType } from '../../../shared/domain/catalog/show';
import type { SessionCounter } from '../../../shared/domain/session/sessionEvents';
import { healthSample } from '../domain/reportFixtures';

export interface GeneratedSessionOptions {
  sessionId: string;
  startAt: number;
  durationMs: number;
  /** Exactly this many events are written (session, cue, coupon, task, health and counter events). */
  totalEvents: number;
}

type Timed = NewEvent & { at: number };

/**
 * Writes a realistic, deterministic session into the event log: a product explained every 5 min,
 * a coupon every 10 min, a flash sale every 30 min, viewer readings every 15 s, stream health every
 * 2 s (without a session id, as OBS logs it), and counter taps filling the rest evenly. For tests
 * and the report benchmark.
 */
export function appendGeneratedSession(events: EventStore, options: GeneratedSessionOptions): { written: number } {
  const { sessionId, startAt, durationMs } = options;
  const endAt = startAt + durationMs;
  const out: Timed[] = [];
  const ev = (type: string, at: number, payload: Record<string, unknown>, withSession = true): Timed => ({
    type,
    at,
    sessionId: withSession ? sessionId : null,
    payload: withSession ? { sessionId, at, ...payload } : payload,
  });
  const cue = (
    at: number,
    cueId: string,
    cueType: CueType,
    extra: { productId?: string; couponId?: string; taskId?: string },
    plannedMs: number,
  ) => {
    out.push(
      ev('cue.started', at, {
        cueId,
        cueType,
        title: `${cueType} ${cueId}`,
        trigger: 'go',
        productId: extra.productId ?? null,
        couponId: extra.couponId ?? null,
        taskId: extra.taskId ?? null,
        plannedStartAt: at - 5000,
        plannedDurationMs: plannedMs,
        deadlineAt: cueType === 'product' ? null : at + plannedMs,
      }),
      ev('obs.batch', at + 40, { cueId, ok: true, failures: [] }),
    );
  };

  const productAt = (at: number) => `p${Math.floor((at - startAt) / 300_000) % 20}`;
  for (let t = startAt, i = 0; t < endAt; t += 300_000, i++) {
    const productId = productAt(t);
    cue(t, `product-${i}`, 'product', { productId }, 290_000);
    out.push(ev('cue.ended', Math.min(endAt, t + 300_000), { cueId: `product-${i}`, reason: 'next' }));
    if (i % 2 === 1) {
      const couponId = `k${i}`;
      cue(t + 60_000, `coupon-${i}`, 'coupon', { productId, couponId }, 120_000);
      out.push(ev('coupon.dropped', t + 60_000, { couponId, quantity: 100, claimUntil: t + 180_000 }));
      out.push(ev('cue.ended', t + 180_000, { cueId: `coupon-${i}`, reason: 'completed' }));
    }
    if (i % 6 === 3) {
      cue(t + 200_000, `flash-${i}`, 'flash_sale', { productId }, 60_000);
      out.push(ev('cue.ended', t + 260_000, { cueId: `flash-${i}`, reason: 'completed' }));
    }
  }
  for (let t = startAt; t < endAt; t += 2000)
    out.push(ev('obs.health', t + 500, healthSample(t + 500, { droppedFrames: Math.floor((t - startAt) / 600_000) }), false));
  for (let t = startAt, n = 0; t < endAt; t += 15_000, n++) {
    out.push(ev('gauge.read', t, { gauge: 'viewersOnline', value: 200 + ((n * 37) % 300) }));
    if (n % 4 === 0) out.push(ev('gauge.read', t, { gauge: 'uniqueViewers', value: 1000 + n * 10 }));
    if (n % 8 === 0) out.push(ev('task.progress', t, { taskId: 'follow', target: 500, reached: n }));
  }

  const fill = options.totalEvents - out.length - 2;
  if (fill < 0) throw new Error(`${options.totalEvents} events are too few for a ${durationMs} ms session`);
  const counters: SessionCounter[] = ['likes', 'likes', 'likes', 'comments', 'newFollowers', 'orders', 'buyers', 'gmvFen', 'views'];
  for (let i = 0; i < fill; i++) {
    const at = startAt + Math.floor(((i + 0.5) * durationMs) / fill);
    const counter = counters[i % counters.length] ?? 'likes';
    const sale = counter === 'orders' || counter === 'buyers' || counter === 'gmvFen';
    const by = counter === 'gmvFen' ? 1990 + (i % 7) * 1000 : counter === 'views' ? 40 : 1;
    out.push(ev('counter.incremented', at, { counter, by, productId: sale ? productAt(at) : null }));
  }
  // Stable sort: events at the same time keep the order they were generated in.
  out.sort((a, b) => a.at - b.at);
  out.unshift(ev('session.started', startAt, { showId: 'show-bench', showName: '四小时专场' }));
  out.push(ev('session.ended', endAt, {}));

  for (let i = 0; i < out.length; i += 10_000) {
    events.appendMany(out.slice(i, i + 10_000).map(({ at: _at, ...event }) => event));
  }
  return { written: out.length };
}
