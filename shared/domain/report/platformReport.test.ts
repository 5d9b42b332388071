import { describe, expect, it } from 'vitest';
import { computeSessionReport } from '../../../test/support/domain/computeSessionReport';
import { minuteRow, productRow, s, sessionLog } from '../../../test/support/domain/reportFixtures';
import { SessionReport } from './sessionReport';

/** M(k): the start of the k-th wall-clock minute of the show (T0 is 20 s past a minute). */
const M = (k: number) => s(-20 + 60 * k);

/**
 * Ten minutes of trend: viewers, entries, likes, comments, new followers, orders, GMV (fen). Minute 5 has no viewers
 * reading. Sums: entries 200, likes 150, comments 15, new followers 10, orders 45, GMV 45,000.
 */
const TREND: [number | null, number, number, number, number, number, number][] = [
  [100, 50, 10, 1, 0, 0, 0],
  [200, 40, 20, 2, 1, 1, 1000],
  [300, 30, 30, 3, 2, 2, 2000],
  [200, 20, 40, 4, 3, 3, 3000],
  [100, 10, 50, 5, 4, 4, 4000],
  [null, 10, 0, 0, 0, 5, 5000],
  [100, 10, 0, 0, 0, 6, 6000],
  [100, 10, 0, 0, 0, 7, 7000],
  [100, 10, 0, 0, 0, 8, 8000],
  [100, 10, 0, 0, 0, 9, 9000],
];
const trendRows = TREND.map(([viewersOnline, entries, likes, comments, newFollowers, orders, gmvFen], k) =>
  minuteRow(M(k), { viewersOnline, entries, likes, comments, newFollowers, orders, gmvFen }),
);

/** p1 explained 1–3 and (返场) 6–7, p2 3–4; a follower task (goal 100) ran 2–5 and again from 8; typed counts too. */
function typedShow() {
  return sessionLog()
    .started(M(0))
    .gauge(M(0), 'viewersOnline', 50)
    .cue(M(1), 'c1', 'product', { productId: 'p1' })
    .count(M(1) + 5000, 'likes', 999)
    .count(M(1) + 10_000, 'orders', 1, 'p1')
    .count(M(1) + 10_000, 'buyers', 1, 'p1')
    .count(M(1) + 10_000, 'gmvFen', 5000, 'p1')
    .cue(M(2), 'c9', 'task', { taskId: 't1', taskTarget: 100, taskCounter: 'newFollowers' })
    .cueEnded(M(3), 'c1', 'next')
    .cue(M(3), 'c2', 'product', { productId: 'p2' })
    .count(M(3) + 10_000, 'orders', 1, 'p2')
    .cueEnded(M(4), 'c2', 'stopped')
    .cueEnded(M(5), 'c9', 'stopped')
    .cue(M(6), 'c1', 'product', { productId: 'p1', trigger: 'refire' })
    .cueEnded(M(7), 'c1', 'stopped')
    .cue(M(8), 'c9', 'task', { taskId: 't1', taskTarget: 100, taskCounter: 'newFollowers', trigger: 'refire' });
}

const UNMATCHED = {
  platformProductId: 'dy-9',
  sku: 'X-1',
  title: '神秘赠品',
  exposures: 10,
  clicks: 1,
  orders: 1,
  buyers: 1,
  gmvFen: 100,
  refundFen: 0,
};
const productsFile = [
  productRow('p1', { exposures: 1000, clicks: 100, orders: 8, buyers: 5, gmvFen: 80_000, refundFen: 1000 }),
  productRow('p3', { title: '面膜', exposures: 500, orders: 2, buyers: 2, gmvFen: 20_000 }),
  productRow(null, UNMATCHED),
];

describe('the review with the platform’s numbers', () => {
  const report = computeSessionReport(
    typedShow()
      // A first, wrong import is replaced by the later one of the same kind.
      .platformProducts(M(11), [productRow('p1', { orders: 999 })], { importId: 'old', fileName: 'old.xlsx' })
      .platformProducts(M(12), productsFile, { importId: 'i1', fileName: '商品.xlsx' })
      .platformTrend(M(13), trendRows, { importId: 'i2', fileName: '趋势.xlsx' })
      .ended(M(10)).events,
    { now: 0 },
  );

  it('takes session totals from the trend file, figure by figure, and keeps typed ones the platform lacks', () => {
    expect(report.totals).toEqual({
      likes: 150,
      newFollowers: 10,
      fanClubJoins: null,
      comments: 15,
      shares: null,
      orders: 45,
      buyers: 1, // typed: the trend file has no buyers
      gmvFen: 45_000,
      views: null,
      uniqueViewers: null,
      peakViewers: 300,
      // 100 + 200 + 300 + 200 + 100 × 2 (minute 4's reading holds through minute 5) + 100 × 4, over 10 minutes.
      averageViewers: 140,
      entries: 200,
    });
    const bySource = (source: string | null) =>
      Object.entries(report.sources.totals)
        .filter(([, v]) => v === source)
        .map(([k]) => k);
    expect(bySource('platform')).toEqual([
      'likes',
      'newFollowers',
      'comments',
      'orders',
      'gmvFen',
      'peakViewers',
      'averageViewers',
      'entries',
    ]);
    expect(bySource('typed')).toEqual(['buyers']);
    expect(bySource(null)).toEqual(['fanClubJoins', 'shares', 'views', 'uniqueViewers']);
    // Average order value from the merged figures: 45,000 ÷ 1.
    expect(report.derived.averageOrderValueFen).toBe(45_000);
  });

  it('names the files it used: the latest import of each kind', () => {
    expect(report.sources.platform).toEqual({
      products: { platform: 'douyin', fileName: '商品.xlsx', importId: 'i1', importedAt: M(12), rows: 3 },
      trend: { platform: 'douyin', fileName: '趋势.xlsx', importId: 'i2', importedAt: M(13), rows: 10 },
    });
  });

  it('takes each product’s figures from its row, adds products only the platform sold, and lists unmatched rows', () => {
    const [p1, p2, p3] = report.products;
    expect(p1).toMatchObject({
      productId: 'p1',
      orders: 8,
      buyers: 5,
      gmvFen: 80_000,
      exposures: 1000,
      clicks: 100,
      refundFen: 1000,
      clickThrough: 0.1, // 100 ÷ 1000
      conversion: 0.05, // 5 buyers ÷ 100 clicks
      sources: { orders: 'platform', buyers: 'platform', gmvFen: 'platform' },
    });
    // No row for p2: its typed order stays, marked as typed.
    expect(p2).toMatchObject({
      productId: 'p2',
      orders: 1,
      buyers: null,
      exposures: null,
      sources: { orders: 'typed', buyers: null, gmvFen: null },
    });
    expect(p3).toMatchObject({
      productId: 'p3',
      platformTitle: '面膜',
      explainCount: 0,
      orders: 2,
      gmvFen: 20_000,
      clickThrough: null, // no clicks column value
      conversion: null,
      explainSales: null,
    });
    expect(report.unmatchedProducts).toEqual([UNMATCHED]);
  });

  it('sets each product’s explain time against the room’s sales during and just after its explains', () => {
    // p1: minutes 1–2 and 6 during (3 + 6 orders); after the first explain nothing (p2 starts at once), after the
    // second minutes 7–9 (7 + 8 + 9). p2: minute 3 during; minutes 4–5 after (cut at p1's 返场 at minute 6).
    // Per minute explained: p1 ¥90 over 3 minutes, p2 ¥30 over 1.
    expect(report.products[0]?.explainSales).toEqual({
      source: 'platform',
      orders: 9,
      gmvFen: 9000,
      afterOrders: 24,
      afterGmvFen: 24_000,
      gmvPerMinuteFen: 3000,
    });
    expect(report.products[0]?.totalExplainMs).toBe(3 * 60_000);
    expect(report.products[1]?.explainSales).toEqual({
      source: 'platform',
      orders: 3,
      gmvFen: 3000,
      afterOrders: 9,
      afterGmvFen: 9000,
      gmvPerMinuteFen: 3000,
    });
    expect(report.definitions.explainSales).toContain('5 minutes');
  });

  it('charts the trend minute by minute, over the session and the file together', () => {
    expect(report.minutes).toHaveLength(11);
    expect(report.minutes[1]).toEqual({ at: M(1), viewersOnline: 200, likes: 20, orders: 1, gmvFen: 1000 });
    // Minute 5 has no reading: minute 4's carries on. Minute 10 is past the file: nothing counted.
    expect(report.minutes[5]).toEqual({ at: M(5), viewersOnline: 100, likes: 0, orders: 5, gmvFen: 5000 });
    expect(report.minutes[10]).toEqual({ at: M(10), viewersOnline: 100, likes: 0, orders: 0, gmvFen: 0 });
    expect(report.sources.minutes).toEqual({ viewersOnline: 'platform', likes: 'platform', orders: 'platform', gmvFen: 'platform' });
  });

  it('numbers the runs of a re-fired cue and reads a follower task’s reach from the trend while it ran', () => {
    expect(report.cues.map((c) => [c.cueId, c.run])).toEqual([
      ['c1', 1],
      ['c9', 1],
      ['c2', 1],
      ['c1', 2],
      ['c9', 2],
    ]);
    // Nothing typed while it ran; the trend's new followers in its runs: minutes 2–4 (2 + 3 + 4) and 8–9 (0 + 0).
    expect(report.tasks).toEqual([
      {
        taskId: 't1',
        target: 100,
        reached: 9,
        targetMet: false,
        metAt: null,
        lastUpdateAt: M(10),
        cueId: 'c9',
        cueType: 'task',
        runs: 2,
        counted: true,
        counter: 'newFollowers',
        source: 'platform',
      },
    ]);
  });

  it('counts the trend minutes a task only partly covered by their share, and says when the goal was met', () => {
    const events = sessionLog()
      .started(M(0))
      // A like goal of 50 from half past minute 1 to half past minute 3: likes 10, 20, 30, 40 in minutes 0–3.
      .cue(M(1) + 30_000, 'like', 'task', { taskId: 'likes', taskTarget: 50, taskCounter: 'likes' })
      .cueEnded(M(3) + 30_000, 'like', 'stopped')
      // The trend has no fan-club column, and a giveaway from an older log names no counter: both keep what was typed.
      .cue(M(4), 'fan', 'task', { taskId: 'fans', taskTarget: 5, taskCounter: 'fanClubJoins' })
      .task(M(4) + 1000, 'fans', 5, 2)
      .cue(M(5), 'bag', 'giveaway', { taskId: 'bag', taskTarget: 3 })
      .platformTrend(M(7), trendRows.slice(0, 7))
      .ended(M(6)).events;
    const r = computeSessionReport(events, { now: 0 });
    const like = r.tasks.find((t) => t.taskId === 'likes');
    // Half of minute 1 (10), all of minute 2 (30), half of minute 3 (20) = 60. The rounded sum shows 50 once it is
    // 49.5: 40 after minute 2, then 9.5 of minute 3's 20-in-30-seconds = 14.25 s into it.
    expect(like).toMatchObject({ reached: 60, targetMet: true, metAt: M(3) + 14_250, source: 'platform', counted: true });
    expect(r.tasks.find((t) => t.taskId === 'fans')).toMatchObject({ reached: 2, source: 'typed', counter: 'fanClubJoins' });
    expect(r.tasks.find((t) => t.taskId === 'bag')).toMatchObject({ reached: 0, counted: false, source: null, counter: null });
  });

  it('keeps the typed reach when a run reaches past the file or over a minute it left blank, and counts overlapping runs once', () => {
    const likeTask = (id: string) => ({ taskId: id, taskTarget: 10, taskCounter: 'likes' as const });
    const events = sessionLog()
      .started(M(0))
      // Starts half a minute before the file's first minute (the file below starts at minute 1).
      .cue(M(0) + 30_000, 'early', 'task', likeTask('early'))
      .task(M(1), 'early', 10, 4)
      .cueEnded(M(2), 'early', 'stopped')
      // Runs over minute 3, whose likes cell is blank.
      .cue(M(2), 'gap', 'task', likeTask('gap'))
      .task(M(3), 'gap', 10, 6)
      .cueEnded(M(4), 'gap', 'stopped')
      // A task and a giveaway of one task on air together over minute 4: its 50 likes once, not twice.
      .cue(M(4), 'both-task', 'task', likeTask('both'))
      .cue(M(4), 'both-bag', 'giveaway', likeTask('both'))
      .cueEnded(M(5), 'both-task', 'stopped')
      .cueEnded(M(5), 'both-bag', 'stopped');
    const rows = trendRows.slice(1, 7).map((r) => (r.at === M(3) ? { ...r, likes: null } : r));
    const r = computeSessionReport(events.platformTrend(M(7), rows).ended(M(6)).events, { now: 0 });
    const task = (id: string) => r.tasks.find((t) => t.taskId === id);
    expect(task('early')).toMatchObject({ reached: 4, source: 'typed' });
    expect(task('gap')).toMatchObject({ reached: 6, source: 'typed' });
    expect(task('both')).toMatchObject({ reached: 50, source: 'platform', targetMet: true, runs: 2 });
  });

  it('lists a giveaway with its goal; a task cue logged before goals were is listed once counted, else left to the cue table', () => {
    const events = sessionLog().started(M(0));
    events.cue(M(1), 'g1', 'giveaway', { taskId: 'old-giveaway' });
    events.cue(M(1) + 1000, 'g2', 'giveaway', { taskId: 'new-giveaway', taskTarget: 3 });
    events.cue(M(2), 'c1', 'task', { taskId: 'old-task' }).task(M(3), 'old-task', 30, 12);
    const r = computeSessionReport(events.ended(M(4)).events, { now: 0 });
    const ran = (taskId: string, cueId: string, cueType: 'task' | 'giveaway') => ({ taskId, cueId, cueType, runs: 1 });
    expect(r.tasks).toEqual([
      {
        ...ran('new-giveaway', 'g2', 'giveaway'),
        target: 3,
        reached: 0,
        targetMet: false,
        metAt: null,
        lastUpdateAt: M(1) + 1000,
        counted: false,
        counter: null,
        source: null,
      },
      {
        ...ran('old-task', 'c1', 'task'),
        target: 30,
        reached: 12,
        targetMet: false,
        metAt: null,
        lastUpdateAt: M(3),
        counted: true,
        counter: null,
        source: 'typed',
      },
    ]);
  });

  it('parses as its own schema', () => {
    expect(SessionReport.parse(report)).toEqual(report);
  });
});

describe('the review without a trend file', () => {
  it('takes orders and GMV from the products file’s sums (unmatched rows included), the rest stays typed', () => {
    const r = computeSessionReport(typedShow().platformProducts(M(12), productsFile).ended(M(10)).events, { now: 0 });
    expect(r.totals).toMatchObject({ orders: 11, gmvFen: 100_100, likes: 999, peakViewers: 50 });
    expect(r.sources.totals).toMatchObject({ orders: 'platform', gmvFen: 'platform', likes: 'typed', peakViewers: 'typed', entries: null });
    expect(r.sources.platform.trend).toBeNull();
    expect(r.sources.minutes).toEqual({ viewersOnline: 'typed', likes: 'typed', orders: 'typed', gmvFen: 'typed' });
  });

  it('times sales around explains by the typed counts when there is no trend', () => {
    const r = computeSessionReport(typedShow().ended(M(10)).events, { now: 0 });
    // p1: the typed order and ¥50 at minute 1 fall in its first explain. p2: its order at minute 3 + 10 s.
    // p1 was explained 3 minutes in all: ¥50 ÷ 3 = 1,666.67 fen a minute.
    expect(r.products[0]?.explainSales).toEqual({
      source: 'typed',
      orders: 1,
      gmvFen: 5000,
      afterOrders: 0,
      afterGmvFen: 0,
      gmvPerMinuteFen: 1667,
    });
    expect(r.products[1]?.explainSales).toEqual({
      source: 'typed',
      orders: 1,
      gmvFen: 0,
      afterOrders: 0,
      afterGmvFen: 0,
      gmvPerMinuteFen: 0,
    });
    expect(r.sources.platform).toEqual({ products: null, trend: null });
    expect(r.products[0]?.sources).toEqual({ orders: 'typed', buyers: 'typed', gmvFen: 'typed' });
  });

  it('never works conversion out of typed buyers over the platform’s clicks', () => {
    const r = computeSessionReport(
      sessionLog()
        .started(M(0))
        .count(M(1), 'buyers', 4, 'p1')
        .platformProducts(M(5), [productRow('p1', { exposures: 400, clicks: 50, orders: 6 })])
        .ended(M(2)).events,
      { now: 0 },
    );
    expect(r.products[0]).toMatchObject({
      buyers: 4,
      clicks: 50,
      clickThrough: 0.125,
      conversion: null,
      sources: { buyers: 'typed', orders: 'platform' },
    });
  });

  it('reads minutes and explains after the trend file ends as typed or unknown, not as 0 sold', () => {
    // The export covers minutes 0–2 only; the show ran on to minute 10.
    const r = computeSessionReport(typedShow().platformTrend(M(13), trendRows.slice(0, 3)).ended(M(10)).events, { now: 0 });
    // p2 (explained in minute 3, after the file) sold nothing the file knows of: unknown, not 0.
    expect(r.products.find((p) => p.productId === 'p2')?.explainSales).toMatchObject({ orders: null, gmvFen: null });
    // p1's first explain (minutes 1–2) is inside the file: 1 + 2 orders.
    expect(r.products.find((p) => p.productId === 'p1')?.explainSales).toMatchObject({ orders: 3, gmvFen: 3000 });
    // Minute 3 keeps its typed order; minute 2 is the file's.
    expect(r.minutes[2]).toMatchObject({ orders: 2, gmvFen: 2000, likes: 30 });
    expect(r.minutes[3]).toMatchObject({ orders: 1, gmvFen: 0, likes: 0, viewersOnline: 300 });
  });

  it('leaves sales around explains absent when nothing was sold on record', () => {
    const r = computeSessionReport(sessionLog().started(M(0)).cue(M(1), 'c1', 'product', { productId: 'p1' }).ended(M(2)).events, {
      now: 0,
    });
    expect(r.products[0]?.explainSales).toEqual({
      source: null,
      orders: null,
      gmvFen: null,
      afterOrders: null,
      afterGmvFen: null,
      gmvPerMinuteFen: null,
    });
  });
});
