import { describe, expect, it } from 'vitest';
import { computeSessionReport } from '../../../test/support/domain/computeSessionReport';
import { s, sessionLog, T0 } from '../../../test/support/domain/reportFixtures';
import { createReportAccumulator } from './reportAccumulator';
import { REPORT_DEFINITIONS, SessionReport } from './sessionReport';

const MIN = 60_000;
const noCue = { cueId: null, cueType: null, runs: null, counted: true, counter: null, source: 'typed' };

/** A one-hour show, every figure below worked out by hand in the comments. */
function oneHourShow() {
  return (
    sessionLog()
      .started(s(0))
      .batch(s(0), 'c1')
      // Viewers: 100 for 600 s, 300 for 1200 s, 200 for 1800 s → (60,000 + 360,000 + 360,000) ÷ 3600.
      .gauge(s(0), 'viewersOnline', 100)
      .cue(s(0), 'c1', 'product', { productId: 'p1', plannedStartAt: s(0), plannedDurationMs: 10 * MIN })
      .count(s(60), 'likes', 500)
      .count(s(120), 'orders', 2, 'p1')
      .count(s(120), 'buyers', 2, 'p1')
      .count(s(120), 'gmvFen', 39_800, 'p1')
      .gauge(s(600), 'viewersOnline', 300)
      .cueEnded(s(700), 'c1', 'next')
      .cue(s(700), 'c2', 'product', { productId: 'p2', plannedStartAt: s(600), plannedDurationMs: 5 * MIN })
      .batch(s(700), 'c2', [{ action: 'setText 商品名', message: 'source not found' }])
      // Two coupon countdowns overlap (750–1050 and 800–1100): both run, neither ends the other.
      .cue(s(750), 'c3', 'coupon', { productId: 'p1', couponId: 'k1', deadlineAt: s(1050) })
      .coupon(s(750), 'k1', 100, s(1050))
      .cue(s(800), 'c4', 'coupon', { couponId: 'k2', deadlineAt: s(1100) })
      .coupon(s(800), 'k2', 50, s(1100))
      .count(s(850), 'orders', 1, 'p2')
      .count(s(850), 'buyers', 1, 'p2')
      .count(s(850), 'gmvFen', 12_900, 'p2')
      .cueEnded(s(900), 'c2', 'next')
      // 返场: p1 again, a second explain interval of the same cue.
      .cue(s(900), 'c1', 'product', { productId: 'p1', trigger: 'refire', plannedStartAt: s(0), plannedDurationMs: 10 * MIN })
      .gauge(s(1000), 'uniqueViewers', 2000)
      .task(s(1000), 't1', 1000, 400)
      .task(s(1000), 't2', 50, 10)
      .cueEnded(s(1050), 'c3', 'completed')
      .cueEnded(s(1100), 'c4', 'completed')
      .cueEnded(s(1300), 'c1', 'stopped')
      .cue(s(1400), 'c6', 'flash_sale', { productId: 'p2', title: '秒杀 9.9' })
      .cueEnded(s(1500), 'c6', 'completed')
      .gauge(s(1800), 'viewersOnline', 200)
      .count(s(1900), 'likes', 250)
      .count(s(1900), 'newFollowers', 12)
      .task(s(2000), 't1', 1000, 1200)
      .task(s(2500), 't1', 1000, 1300)
      .count(s(2600), 'views', 10_000)
      .gauge(s(3000), 'uniqueViewers', 4000)
      .cue(s(3000), 'c7', 'note')
      .panic(s(3100))
      .ended(s(3600))
  );
}

describe('computeSessionReport', () => {
  const report = computeSessionReport(oneHourShow().events, { now: s(9999) });

  it('counts minute by minute on wall-clock minutes, zeros included, with viewers carried to minutes without a reading', () => {
    // T0 is 20 s past a minute: minute 0 starts at s(-20), so s(60) falls in minute 1 and s(3600) in minute 60.
    const minutes = report.minutes;
    expect(minutes).toHaveLength(61);
    expect(minutes[0]).toEqual({ at: s(-20), viewersOnline: 100, likes: 0, orders: 0, gmvFen: 0 });
    expect(minutes[1]).toEqual({ at: s(40), viewersOnline: 100, likes: 500, orders: 0, gmvFen: 0 });
    expect(minutes[2]).toEqual({ at: s(100), viewersOnline: 100, likes: 0, orders: 2, gmvFen: 39_800 });
    expect(minutes[9]?.viewersOnline).toBe(100);
    expect(minutes[10]?.viewersOnline).toBe(300);
    expect(minutes[14]).toMatchObject({ orders: 1, gmvFen: 12_900 });
    expect(minutes[29]?.viewersOnline).toBe(300);
    expect(minutes[30]?.viewersOnline).toBe(200);
    expect(minutes[32]).toMatchObject({ at: s(1900), likes: 250, viewersOnline: 200 });
    expect(minutes.at(-1)?.at).toBe(s(3580));
    // Nothing counted twice or lost: the minutes add up to the totals.
    expect(minutes.reduce((n, m) => n + m.likes, 0)).toBe(report.totals.likes);
    expect(minutes.reduce((n, m) => n + m.orders, 0)).toBe(report.totals.orders);
    expect(minutes.reduce((n, m) => n + m.gmvFen, 0)).toBe(report.totals.gmvFen);
  });

  it('times the session', () => {
    expect(report.schemaVersion).toBe(1);
    expect(report.session).toEqual({
      sessionId: 's1',
      showId: 'show1',
      showName: 'Spring show',
      startedAt: T0,
      endedAt: s(3600),
      durationMs: 3_600_000,
      live: false,
      asOf: s(3600),
    });
  });

  it('sums counters, keeps the latest unique-viewer reading and never invents a figure', () => {
    expect(report.totals).toEqual({
      likes: 750,
      newFollowers: 12,
      fanClubJoins: null,
      comments: null,
      shares: null,
      orders: 3,
      buyers: 3,
      gmvFen: 52_700,
      views: 10_000,
      uniqueViewers: 4000,
      peakViewers: 300,
      averageViewers: 780_000 / 3600,
      entries: null,
    });
  });

  it('derives GPM, UV value, average order value and conversion', () => {
    expect(report.derived).toEqual({
      gpmFen: 5270, // 52,700 × 1000 ÷ 10,000
      uvValueFen: 13, // 52,700 ÷ 4000 = 13.175
      averageOrderValueFen: 17_567, // 52,700 ÷ 3 = 17,566.67
      conversion: 0.00075, // 3 ÷ 4000
    });
    expect(report.definitions).toEqual(REPORT_DEFINITIONS);
    expect(report.definitions.gpmFen).toContain('GMV × 1000 ÷ views');
  });

  it('gives each run of a cue its own planned-vs-actual interval', () => {
    const rows = report.cues.map((c) => [c.cueId, c.trigger, c.startedAt - T0, c.durationMs, c.endReason, c.startDelayMs, c.overrunMs]);
    expect(rows).toEqual([
      ['c1', 'go', 0, 700_000, 'next', 0, 100_000],
      ['c2', 'go', 700_000, 200_000, 'next', 100_000, -100_000],
      ['c3', 'go', 750_000, 300_000, 'completed', null, null],
      ['c4', 'go', 800_000, 300_000, 'completed', null, null],
      ['c1', 'refire', 900_000, 400_000, 'stopped', 900_000, -200_000],
      ['c6', 'go', 1_400_000, 100_000, 'completed', null, null],
      // Never ended by a cue.ended: closed by the session end.
      ['c7', 'go', 3_000_000, 600_000, 'session_end', null, null],
    ]);
    expect(report.cues.every((c) => c.endedAt !== null)).toBe(true);
  });

  it('attributes explain time, coupons, flash sales and sales to products', () => {
    expect(report.products).toMatchObject([
      {
        productId: 'p1',
        explainCount: 2,
        totalExplainMs: 1_100_000, // 700 s + 400 s
        firstExplainAt: s(0),
        lastExplainAt: s(900),
        couponIds: ['k1'],
        flashSales: [],
        orders: 2,
        buyers: 2,
        gmvFen: 39_800,
      },
      {
        productId: 'p2',
        explainCount: 1,
        totalExplainMs: 200_000,
        firstExplainAt: s(700),
        lastExplainAt: s(700),
        couponIds: [],
        flashSales: [{ cueId: 'c6', title: '秒杀 9.9', startedAt: s(1400) }],
        orders: 1,
        buyers: 1,
        gmvFen: 12_900,
      },
    ]);
  });

  it('lists coupon drops with their claim windows, overlapping or not', () => {
    expect(report.coupons).toEqual([
      { couponId: 'k1', droppedAt: s(750), quantity: 100, claimUntil: s(1050), claimWindowMs: 300_000, cueId: 'c3', productId: 'p1' },
      { couponId: 'k2', droppedAt: s(800), quantity: 50, claimUntil: s(1100), claimWindowMs: 300_000, cueId: 'c4', productId: null },
    ]);
  });

  it('reports task target vs reached', () => {
    expect(report.tasks).toEqual([
      // No cue of these tasks started in this log (an older one): the row says nothing of runs.
      { taskId: 't1', target: 1000, reached: 1300, targetMet: true, metAt: s(2000), lastUpdateAt: s(2500), ...noCue },
      { taskId: 't2', target: 50, reached: 10, targetMet: false, metAt: null, lastUpdateAt: s(1000), ...noCue },
    ]);
  });

  it('lists panics and failed OBS batches', () => {
    expect(report.panics).toEqual([{ at: s(3100) }]);
    expect(report.obs).toEqual({
      batches: 2,
      failedBatches: 1,
      failures: [{ at: s(700), cueId: 'c2', failures: [{ action: 'setText 商品名', message: 'source not found' }] }],
    });
  });

  it('counts a record of repeated OBS failures as that many failed batches', () => {
    const offline = [{ action: 'batch', message: 'OBS is not connected' }];
    const events = sessionLog()
      .started(s(0))
      .batch(s(1), 'c1')
      .batch(s(2), 'c1', offline)
      .batch(s(30), 'c1', offline, 28)
      .ended(s(60)).events;
    const r = computeSessionReport(events, { now: 0 });
    expect(r.obs).toMatchObject({ batches: 30, failedBatches: 29 });
    expect(r.obs.failures).toHaveLength(2);
  });

  it('parses as its own schema', () => {
    expect(SessionReport.parse(report)).toEqual(report);
  });

  it('gives the same report however the events are chunked', () => {
    const events = oneHourShow().events;
    const acc = createReportAccumulator();
    for (let i = 0; i < events.length; i += 3) for (const e of events.slice(i, i + 3)) acc.add(e);
    expect(acc.finish(s(9999))).toEqual(report);
  });
});

describe('absent, not zero', () => {
  it('leaves a figure out when an input was never entered', () => {
    const r = computeSessionReport(sessionLog().started(s(0)).count(s(10), 'gmvFen', 10_000).ended(s(60)).events, { now: 0 });
    expect(r.totals.gmvFen).toBe(10_000);
    expect(r.totals.views).toBeNull();
    expect(r.totals.peakViewers).toBeNull();
    expect(r.totals.averageViewers).toBeNull();
    expect(r.derived).toEqual({ gpmFen: null, uvValueFen: null, averageOrderValueFen: null, conversion: null });
  });

  it('keeps an entered 0 as 0, and a ratio over 0 absent', () => {
    const r = computeSessionReport(
      sessionLog()
        .started(s(0))
        .count(s(1), 'gmvFen', 5000)
        .count(s(1), 'views', 0)
        .count(s(2), 'buyers', 0)
        .gauge(s(3), 'uniqueViewers', 400)
        .ended(s(60)).events,
      { now: 0 },
    );
    expect(r.totals.views).toBe(0);
    expect(r.totals.buyers).toBe(0);
    expect(r.derived).toEqual({ gpmFen: null, uvValueFen: 13, averageOrderValueFen: null, conversion: 0 });
  });

  it('a session with nothing entered has no figures at all', () => {
    const r = computeSessionReport(sessionLog().started(s(0)).ended(s(60)).events, { now: 0 });
    expect(Object.values(r.totals).every((v) => v === null)).toBe(true);
    expect(r.health.summary).toEqual({
      samples: 0,
      minBitrateKbps: null,
      averageBitrateKbps: null,
      maxCpuPercent: null,
      minFps: null,
      droppedFrames: null,
    });
  });
});

describe('average viewers', () => {
  it('does not count the time before the first reading', () => {
    const r = computeSessionReport(sessionLog().started(s(0)).gauge(s(1200), 'viewersOnline', 50).ended(s(3600)).events, { now: 0 });
    expect(r.totals.averageViewers).toBe(50);
  });

  it('weights each reading by how long it held', () => {
    // 10 for 30 s, 40 for 10 s → (300 + 400) ÷ 40 = 17.5, not the plain mean 25.
    const r = computeSessionReport(
      sessionLog().started(s(0)).gauge(s(0), 'viewersOnline', 10).gauge(s(30), 'viewersOnline', 40).ended(s(40)).events,
      { now: 0 },
    );
    expect(r.totals.averageViewers).toBe(17.5);
    expect(r.totals.peakViewers).toBe(40);
  });

  it('measures a live session to now', () => {
    const r = computeSessionReport(
      sessionLog()
        .started(s(0))
        .gauge(s(0), 'viewersOnline', 10)
        .gauge(s(10), 'viewersOnline', 30)
        .cue(s(5), 'c1', 'product', { productId: 'p' }).events,
      { now: s(20) },
    );
    // 10 for 10 s, 30 for 10 s.
    expect(r.totals.averageViewers).toBe(20);
    expect(r.session).toMatchObject({ live: true, endedAt: null, asOf: s(20), durationMs: 20_000 });
    expect(r.cues[0]).toMatchObject({ endedAt: null, endReason: null, durationMs: 15_000 });
    expect(r.products[0]?.totalExplainMs).toBe(15_000);
  });
});

describe('intervals without their cue.ended', () => {
  it('closes a product when the next product starts, and a cue when it starts again', () => {
    const r = computeSessionReport(
      sessionLog()
        .started(s(0))
        .cue(s(0), 'a', 'product', { productId: 'p1' })
        .cue(s(100), 'c', 'coupon', { couponId: 'k' })
        .cue(s(120), 'b', 'product', { productId: 'p2' })
        .cue(s(150), 'c', 'coupon', { couponId: 'k' })
        .ended(s(200)).events,
      { now: 0 },
    );
    expect(r.cues.map((c) => [c.cueId, c.startedAt - T0, c.endedAt === null ? null : c.endedAt - T0, c.endReason])).toEqual([
      ['a', 0, 120_000, 'superseded'],
      ['c', 100_000, 150_000, 'superseded'],
      ['b', 120_000, 200_000, 'session_end'],
      ['c', 150_000, 200_000, 'session_end'],
    ]);
  });
});

describe('session scope and stream health', () => {
  it("ignores another session's events and health samples outside the window", () => {
    const log = sessionLog()
      .health(s(-10), { bitrateKbps: 1 })
      .started(s(0))
      .health(s(0), { bitrateKbps: 2500, droppedFrames: 0, cpuPercent: 10, activeFps: 30 })
      .health(s(2), { bitrateKbps: null, droppedFrames: 5, cpuPercent: 20, activeFps: 29.5 })
      // The stream restarted: OBS counts dropped frames from 0 again.
      .health(s(4), { bitrateKbps: 3000, droppedFrames: 3, cpuPercent: 15, activeFps: 30 })
      .ended(s(10))
      .health(s(12), { bitrateKbps: 1 });
    const other = sessionLog('s2').count(s(5), 'likes', 99).panic(s(5));
    const r = computeSessionReport([...log.events, ...other.events], { sessionId: 's1', now: 0 });
    expect(r.totals.likes).toBeNull();
    expect(r.panics).toEqual([]);
    expect(r.health.timeline.map((h) => h.at)).toEqual([s(0), s(2), s(4)]);
    expect(r.health.timeline[1]).toEqual({
      at: s(2),
      bitrateKbps: null,
      congestion: 0,
      droppedFrames: 5,
      totalFrames: 0,
      cpuPercent: 20,
      fps: 29.5,
    });
    expect(r.health.summary).toEqual({
      samples: 3,
      minBitrateKbps: 2500,
      averageBitrateKbps: 2750,
      maxCpuPercent: 20,
      minFps: 29.5,
      droppedFrames: 8,
    });
  });

  it('counts malformed stored events instead of failing the report', () => {
    const acc = createReportAccumulator({ sessionId: 's1' });
    acc.addStored(1, 'session.started', { sessionId: 's1', showId: 'x', showName: 'x', at: T0 });
    acc.addStored(2, 'counter.incremented', { sessionId: 's1', counter: 'likes', by: 'many', at: T0, productId: null });
    acc.addStored(3, 'catalog.product.created', { anything: true });
    acc.addStored(4, 'counter.incremented', { sessionId: 's1', counter: 'likes', by: 3, at: T0, productId: null });
    const r = acc.finish(T0 + 1000);
    expect(r.skippedEvents).toBe(1);
    expect(r.totals.likes).toBe(3);
  });
});
