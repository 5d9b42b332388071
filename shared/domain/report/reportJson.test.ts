import { describe, expect, it } from 'vitest';
import { computeSessionReport } from '../../../test/support/domain/computeSessionReport';
import { s, sessionLog } from '../../../test/support/domain/reportFixtures';
import { reportFromJson, reportToJson } from './reportJson';

describe('reportToJson', () => {
  const report = computeSessionReport(
    sessionLog()
      .started(s(0))
      .cue(s(0), 'c1', 'product', { productId: 'p1', title: '=SUM(A1)' })
      .count(s(1), 'gmvFen', 100, 'p1')
      .health(s(2))
      .ended(s(10)).events,
    { now: 0 },
  );

  it('round-trips through the versioned schema', () => {
    const json = reportToJson(report);
    expect(JSON.parse(json).schemaVersion).toBe(1);
    expect(reportFromJson(json)).toEqual(report);
  });

  it('writes absent figures as null, not as a missing key or 0', () => {
    const parsed = JSON.parse(reportToJson(report)) as { totals: Record<string, unknown>; derived: Record<string, unknown> };
    expect(parsed.totals.views).toBeNull();
    expect(parsed.derived.gpmFen).toBeNull();
    expect(Object.keys(parsed.derived)).toEqual(['gpmFen', 'uvValueFen', 'averageOrderValueFen', 'conversion']);
  });

  it('reads an export written before outputs, minutes, sources, platform figures, task runs and cue runs', () => {
    const old = JSON.parse(reportToJson(report)) as Record<string, unknown> & {
      totals: Record<string, unknown>;
      products: Record<string, unknown>[];
      cues: Record<string, unknown>[];
    };
    for (const key of ['outputs', 'minutes', 'sources', 'unmatchedProducts']) delete old[key];
    delete old.totals.entries;
    for (const c of old.cues) delete c.run;
    for (const p of old.products)
      for (const key of ['exposures', 'clicks', 'refundFen', 'clickThrough', 'conversion', 'sources', 'explainSales']) delete p[key];
    const read = reportFromJson(
      JSON.stringify({ ...old, tasks: [{ taskId: 't1', target: 10, reached: 3, targetMet: false, metAt: null, lastUpdateAt: 1 }] }),
    );
    expect(read.sources).toEqual({
      platform: { products: null, trend: null },
      totals: Object.fromEntries(Object.keys(report.sources.totals).map((k) => [k, null])),
      minutes: { viewersOnline: null, likes: null, orders: null, gmvFen: null },
    });
    expect(read.unmatchedProducts).toEqual([]);
    expect(read.totals.entries).toBeNull();
    expect(read.cues[0]?.run).toBe(1);
    expect(read.products[0]).toMatchObject({
      gmvFen: 100,
      exposures: null,
      clickThrough: null,
      explainSales: null,
      sources: { gmvFen: null },
    });
    expect(read.tasks[0]).toMatchObject({ cueId: null, runs: null, counted: true });
  });

  it('refuses a document of another version', () => {
    expect(() => reportFromJson(JSON.stringify({ ...report, schemaVersion: 2 }))).toThrow();
  });
});
