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
const ROUNDS = 5;

/**
 * report.session: the full post-live review of a 4-hour, 100,000-event session (health samples
 * included) through the report service on a real SQLite file, against a raw better-sqlite3
 * `.all()` of the same rows in the same run. Rounds alternate so disk and cache noise hit both.
 * report.session.maxBlockMs: the longest the event loop was held while the report ran, by a 0 ms
 * timer chain (the gap between two ticks is how long nothing else could run).
 */
export const reportSession: Benchmark = {
  name: 'report.session',
  async run() {
    const dir = mkdtempSync(path.join(tmpdir(), 'livecue-bench-report-'));
    const db = openDatabase({ file: path.join(dir, 'livecue.db') });
    try {
      const startAt = Date.UTC(2026, 10, 20, 12);
      const { written } = appendGeneratedSession(createEventStore(db, systemClock), {
        sessionId: 'bench-session',
        startAt,
        durationMs: HOURS * 3_600_000,
        totalEvents: EVENTS,
      });
      // The database holds only this session: the raw query's rows are exactly the report's input.
      const raw = db.prepare('SELECT seq, type, payload FROM events ORDER BY seq');
      // The report reads rows as arrays (cheaper to build than objects); printed beside the baseline, not as it.
      const rawArrays = db.prepare('SELECT seq, type, payload FROM events ORDER BY seq').raw(true);
      const service = createReportService({ db, clock: systemClock });
      const reportMs: number[] = [];
      const rawMs: number[] = [];
      const rawArraysMs: number[] = [];
      const blocks: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        let t = performance.now();
        const rows = raw.all();
        rawMs.push(performance.now() - t);
        if (rows.length !== written) throw new Error(`raw select saw ${rows.length} rows`);
        t = performance.now();
        rawArrays.all();
        rawArraysMs.push(performance.now() - t);

        const probe = startBlockProbe();
        t = performance.now();
        const report = await service.report('bench-session');
        reportMs.push(performance.now() - t);
        // One more tick so the probe sees the report's last turn.
        await new Promise((resolve) => setTimeout(resolve, 0));
        blocks.push(probe.stop());
        if (report.health.timeline.length !== (HOURS * 3600) / 2) throw new Error(`${report.health.timeline.length} health samples`);
        if (report.skippedEvents !== 0) throw new Error(`${report.skippedEvents} events skipped`);
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
          { events: written, hours: HOURS, rounds: ROUNDS, rawArraysMs: median(rawArraysMs) },
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
