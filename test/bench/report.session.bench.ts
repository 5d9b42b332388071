import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { systemClock } from '../../electron/backend/clock';
import { createEventStore } from '../../electron/backend/events/eventStore';
import { createReportService } from '../../electron/backend/report/report.service';
import { openDatabase } from '../../electron/backend/store/database';
import { appendGeneratedSession } from '../support/backend/generatedSession';
import { type Benchmark, line, median } from './benchResult';
import { startBlockProbe } from './blockProbe';

const EVENTS = 100_000;
const HOURS = 4;
/** Even, so the report follows the raw select in as many rounds as the raw select follows the report. */
const ROUNDS = 6;
/** The platform's files merged in: a per-minute trend over the whole show and a products file of this many rows. */
const PLATFORM_PRODUCTS = 200;

/**
 * report.session: the full post-live review of a 4-hour, 100,000-event session, its platform trend (240 minutes)
 * and products file (200 rows) merged in (health samples
 * included) through the report service on a real SQLite file, against a raw better-sqlite3
 * `.all()` of the same rows in the same run. Rounds alternate so disk and cache noise hit both, and which of the two
 * goes first swaps every round: each leaves garbage the next pays to collect.
 * report.session.maxBlockMs: the longest the event loop was held while the report ran, by a 0 ms
 * timer chain (the gap between two ticks is how long nothing else could run). In the rounds that follow the raw
 * select it includes collecting that select's 100,000 row objects.
 */
export const reportSession: Benchmark = {
  name: 'report.session',
  async run() {
    const dir = mkdtempSync(path.join(tmpdir(), 'livecue-bench-report-'));
    const db = openDatabase({ file: path.join(dir, 'livecue.db') });
    try {
      const startAt = Date.UTC(2026, 10, 20, 12);
      const events = createEventStore(db, systemClock);
      const generated = appendGeneratedSession(events, {
        sessionId: 'bench-session',
        startAt,
        durationMs: HOURS * 3_600_000,
        totalEvents: EVENTS,
      });
      events.appendMany(platformFiles('bench-session', startAt));
      const written = generated.written + 2;
      // The database holds only this session: the raw query's rows are exactly the report's input.
      const raw = db.prepare('SELECT seq, type, payload FROM events ORDER BY seq');
      const service = createReportService({ db, clock: systemClock });
      const reportMs: number[] = [];
      const rawMs: number[] = [];
      const blocks: number[] = [];
      const rawSelect = () => {
        const t = performance.now();
        const rows = raw.all();
        rawMs.push(performance.now() - t);
        if (rows.length !== written) throw new Error(`raw select saw ${rows.length} rows`);
      };
      for (let round = 0; round < ROUNDS; round++) {
        // Each side leaves garbage the next one pays to collect: the order swaps every round so both pay alike.
        if (round % 2 === 0) rawSelect();
        const probe = startBlockProbe();
        const t = performance.now();
        const report = await service.report('bench-session');
        reportMs.push(performance.now() - t);
        // One more tick so the probe sees the report's last turn.
        await new Promise((resolve) => setTimeout(resolve, 0));
        blocks.push(probe.stop());
        if (round % 2 === 1) rawSelect();
        if (report.health.timeline.length !== (HOURS * 3600) / 2) throw new Error(`${report.health.timeline.length} health samples`);
        if (report.skippedEvents !== 0) throw new Error(`${report.skippedEvents} events skipped`);
        if (report.sources.platform.trend?.rows !== HOURS * 60 || report.sources.totals.orders !== 'platform')
          throw new Error('platform data not merged');
      }
      return [
        line(
          {
            name: 'report.session',
            value: median(reportMs),
            unit: 'ms',
            baseline: 'raw better-sqlite3 SELECT .all() of the same rows, same file',
            baselineValue: median(rawMs),
          },
          { events: written, hours: HOURS, rounds: ROUNDS, platformProducts: PLATFORM_PRODUCTS },
        ),
        line(
          { name: 'report.session.maxBlockMs', value: Math.max(...blocks), unit: 'ms', baseline: null, baselineValue: null },
          { medianOfRounds: median(blocks) },
        ),
      ];
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/**
 * The two platform files of the session as the import stores them: a products file (the generated show's 20
 * products matched, the rest of the 200 unmatched) and a trend with one row per minute of the show.
 */
function platformFiles(sessionId: string, startAt: number) {
  const file = { sessionId, at: startAt + HOURS * 3_600_000 + 600_000, platform: 'douyin' as const };
  const rows = Array.from({ length: PLATFORM_PRODUCTS }, (_, i) => ({
    productId: i < 20 ? `p${i}` : null,
    matchedBy: i < 20 ? ('sku' as const) : null,
    platformProductId: `dy-${i}`,
    sku: `SKU-${i}`,
    title: `商品 ${i}`,
    exposures: 10_000 + i,
    clicks: 500 + i,
    orders: 20 + (i % 7),
    buyers: 18 + (i % 5),
    gmvFen: 199_00 * (20 + (i % 7)),
    refundFen: 990 * (i % 3),
  }));
  const minutes = Array.from({ length: HOURS * 60 }, (_, k) => ({
    at: startAt + k * 60_000,
    viewersOnline: 800 + (k % 90) * 10,
    entries: 300 + (k % 11),
    likes: 2000 + (k % 13) * 50,
    comments: 40 + (k % 9),
    newFollowers: 5 + (k % 4),
    orders: 3 + (k % 5),
    gmvFen: 59_700 + (k % 5) * 19_900,
  }));
  return [
    { type: 'platform.products', sessionId, payload: { ...file, importId: 'bench-products', fileName: '商品数据.xlsx', rows } },
    { type: 'platform.trend', sessionId, payload: { ...file, importId: 'bench-trend', fileName: '分钟趋势.xlsx', rows: minutes } },
  ];
}
