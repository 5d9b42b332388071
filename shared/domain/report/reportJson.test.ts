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

  it('refuses a document of another version', () => {
    expect(() => reportFromJson(JSON.stringify({ ...report, schemaVersion: 2 }))).toThrow();
  });
});
