import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/helpers/seededRandom';
import { sessionEventSchemas } from '../session/sessionEvents';
import { counterPayload, toReportEvent } from './reportEvent';

const valid = { sessionId: 's1', counter: 'likes', by: 3, at: 1_700_000_000_000, productId: null };

/** Values a field may hold in a damaged or hand-edited log. */
const ODD: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'likes',
  'gmvFen',
  0,
  -1,
  1.5,
  2 ** 53,
  -(2 ** 53),
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  {},
  '12',
  'p1',
];

describe('the hand check of counter.incremented', () => {
  const schema = sessionEventSchemas['counter.incremented'];
  const same = (payload: unknown) => {
    const zod = schema.safeParse(payload);
    expect(counterPayload(payload), JSON.stringify(payload)).toEqual(zod.success ? zod.data : null);
  };

  it('accepts what the schema accepts, with the same fields, and drops unknown keys as it does', () => {
    same(valid);
    same({ ...valid, productId: 'p1', by: -2, counter: 'gmvFen' });
    same({ ...valid, extra: 'kept out' });
  });

  it('refuses exactly what the schema refuses, field by field', () => {
    for (const key of Object.keys(valid))
      for (const odd of ODD) {
        same({ ...valid, [key]: odd });
        const { [key]: _, ...without } = valid as Record<string, unknown>;
        same(without);
      }
    for (const payload of [null, undefined, 'counter', 42, [valid]]) same(payload);
  });

  it('agrees with the schema on random mixes of odd fields', () => {
    const random = seededRandom(Number(process.env.LIVECUE_CHAOS_SEED ?? 20261207));
    for (let i = 0; i < 2000; i++) {
      const payload: Record<string, unknown> = { ...valid };
      for (const key of Object.keys(valid)) if (random.chance(0.3)) payload[key] = ODD[random.int(0, ODD.length - 1)];
      same(payload);
    }
  });

  it('is what the report reads for a counter row', () => {
    expect(toReportEvent(7, 'counter.incremented', valid)).toEqual({ seq: 7, type: 'counter.incremented', payload: valid });
    expect(toReportEvent(7, 'counter.incremented', { ...valid, by: 0.5 })).toBeNull();
  });
});
