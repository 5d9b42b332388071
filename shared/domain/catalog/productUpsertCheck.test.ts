import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/helpers/seededRandom';
import { FIELDS, Holder, ODD, texts, valid } from '../../../test/support/domain/productFieldValues';
import { ProductUpsert } from './product';
import { checkProductUpsert } from './productUpsertCheck';

const pick = <T>(random: ReturnType<typeof seededRandom>, items: readonly T[]): T => items[random.int(0, items.length - 1)] as T;
/** A short printable form of any input (symbols, -0 and undefined included), to name a failing case. */
const label = (input: unknown): string => {
  try {
    const text = JSON.stringify(input, (_key, value: unknown) =>
      typeof value === 'symbol' || typeof value === 'bigint' || value === undefined || Object.is(value, -0) ? String(value) : value,
    );
    return (text ?? String(input)).slice(0, 200);
  } catch {
    return String(input).slice(0, 200);
  }
};

/** The hand check gives zod's answer: the same verdict, the same value, the path of zod's first issue. */
function same(input: unknown): void {
  // zod's own messages are not compared, and its English locale throws while wording an unknown symbol key.
  const zod = ProductUpsert.safeParse(input, { error: () => 'refused' });
  const mine = checkProductUpsert(input);
  expect(mine.ok, label(input)).toBe(zod.success);
  if (zod.success && mine.ok) expect(mine.value, label(input)).toStrictEqual(zod.data);
  if (!zod.success && !mine.ok) {
    const first = zod.error.issues[0]?.path;
    expect(mine.path, label(input)).toEqual(first);
    expect(mine.message).toContain(mine.path.length === 0 ? 'the product' : String(mine.path[0]));
  }
}

describe('checkProductUpsert', () => {
  it('accepts a good row with strings trimmed, as the schema does', () => {
    const result = checkProductUpsert(valid);
    expect(result).toEqual({
      ok: true,
      value: { ...valid, sku: 'A1', title: '连衣裙', tags: ['新品', '包邮'], platformIds: { douyin: '3581', tmall: '6712' } },
    });
    same(valid);
    same({ sku: 'A1' });
  });

  it('knows every field of the schema, keeping one set to undefined and leaving an absent one out', () => {
    for (const key of FIELDS) if (key !== 'sku') same({ sku: 'A1', [key]: undefined });
    expect(checkProductUpsert({ sku: 'A1', title: undefined })).toStrictEqual({ ok: true, value: { sku: 'A1', title: undefined } });
    expect(checkProductUpsert({ sku: 'A1' })).toStrictEqual({ ok: true, value: { sku: 'A1' } });
  });

  it('reports the first failing field in the schema order, and unknown keys only after every field passes', () => {
    expect(checkProductUpsert({ images: 1, sku: ' ', extra: 1 })).toMatchObject({ ok: false, path: ['sku'] });
    expect(checkProductUpsert({ extra: 1, sku: 'A1', stock: -1 })).toMatchObject({ ok: false, path: ['stock'] });
    expect(checkProductUpsert({ sku: 'A1', extra: 1 })).toMatchObject({
      ok: false,
      path: [],
      message: 'the product has an unknown key "extra"',
    });
    // zod refuses an over-long list before reading its items.
    expect(checkProductUpsert({ sku: 'A1', tags: [...texts(60), ''] })).toMatchObject({ ok: false, path: ['tags'] });
    expect(checkProductUpsert({ sku: 'A1', tags: [...texts(3), ''] })).toMatchObject({ ok: false, path: ['tags', 3] });
    same({ images: 1, sku: ' ', extra: 1 });
    same({ sku: 'A1', tags: [...texts(60), ''] });
  });

  it('refuses exactly what the schema refuses, field by field', () => {
    for (const key of FIELDS) {
      for (const odd of ODD) same({ ...valid, [key]: odd });
      const { [key as keyof typeof valid]: _, ...without } = valid;
      same(without);
    }
  });

  it('agrees with the schema on odd whole inputs', () => {
    const inherited = Object.create({ sku: 'A1', title: ' t ' });
    const hidden = Object.defineProperty({ sku: 'A1' }, 'extra', { value: 1, enumerable: false });
    const withSymbol = { sku: 'A1', [Symbol('s')]: 1 };
    const inputs: unknown[] = [
      ...ODD,
      [valid],
      inherited,
      Object.create({ sku: 'A1', extra: 1 }),
      hidden,
      withSymbol,
      Object.assign(new Holder(), { sku: 'A1' }),
      Object.assign(Object.create(null), { sku: 'A1' }),
      JSON.parse('{"sku": "A1", "__proto__": {}}'),
      { sku: 'A1', toString: 'x' },
      { sku: 'A1', constructor: 'x' },
    ];
    for (const input of inputs) same(input);
  });

  it('agrees with the schema on random mixes of odd fields and extra keys', () => {
    const random = seededRandom(Number(process.env.LIVECUE_CHAOS_SEED ?? 20261207));
    for (let i = 0; i < 3000; i++) {
      const input: Record<string, unknown> = random.chance(0.5) ? { ...valid } : { sku: pick(random, ['A1', ' b ', '']) };
      for (const key of FIELDS) {
        if (random.chance(0.15)) delete input[key];
        else if (random.chance(0.25)) input[key] = pick(random, ODD);
      }
      if (random.chance(0.1)) input[pick(random, ['extra', 'id', 'Sku', 'createdAt'])] = pick(random, ODD);
      same(input);
    }
  });
});
