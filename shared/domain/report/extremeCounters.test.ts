import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSessionReport } from '../../../test/support/domain/computeSessionReport';
import { s, sessionLog } from '../../../test/support/domain/reportFixtures';
import { SessionCounter, SessionGauge } from '../session/sessionEvents';
import { SessionReport } from './sessionReport';

const MAX = Number.MAX_SAFE_INTEGER;
/** Every counter entry the runtime accepts is a safe integer; the edges are where the maths breaks. */
const extremeInt = fc.oneof(fc.constantFrom(0, 1, -1, MAX, -MAX, 10 ** 13, 2 ** 31, 2 ** 32), fc.integer({ min: -MAX, max: MAX }));
const entry = fc.oneof(
  fc.record({
    kind: fc.constant('count' as const),
    counter: fc.constantFrom(...SessionCounter.options),
    by: extremeInt,
    productId: fc.constantFrom(null, 'p1', 'p2'),
  }),
  fc.record({ kind: fc.constant('gauge' as const), gauge: fc.constantFrom(...SessionGauge.options), value: fc.nat({ max: MAX }) }),
);

type Entry = typeof entry extends fc.Arbitrary<infer T> ? T : never;

function report(entries: Entry[]) {
  const log = sessionLog().started(s(0)).cue(s(0), 'c1', 'product', { productId: 'p1' });
  entries.forEach((e, i) => {
    if (e.kind === 'count') log.count(s(i + 1), e.counter, e.by, e.productId);
    else log.gauge(s(i + 1), e.gauge, e.value);
  });
  return computeSessionReport(log.ended(s(3600)).events, { now: s(3600) });
}

describe('report over extreme counter values', () => {
  it('GMV of 10¹³ fen with one view gives a report that validates, GPM included', () => {
    const events = sessionLog()
      .started(s(0))
      .count(s(1), 'gmvFen', 10 ** 13)
      .count(s(2), 'views', 1)
      .gauge(s(3), 'uniqueViewers', 1)
      .ended(s(10));
    const result = computeSessionReport(events.events, { now: s(10) });
    expect(SessionReport.safeParse(result).success).toBe(true);
    expect(result.derived).toMatchObject({ gpmFen: 10 ** 16, uvValueFen: 10 ** 13 });
  });

  it('always validates against the report schema, whatever the counter entries', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (entries) => {
        const parsed = SessionReport.safeParse(report(entries));
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues.slice(0, 3)));
      }),
      { numRuns: 500 },
    );
  });
});
