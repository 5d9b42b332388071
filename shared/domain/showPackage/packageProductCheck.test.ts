import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../test/helpers/seededRandom';
import { FIELDS, ODD, valid } from '../../../test/support/domain/productFieldValues';
import { quickPackageProduct } from './packageProductCheck';
import { PackageProduct } from './showPackageFormat';

const ID = '0190a6c4-2b7e-7c3d-9f1a-1b2c3d4e5f60';
const good = { ...valid, id: ID };
const ODD_IDS: unknown[] = [
  ID,
  ID.toUpperCase(),
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '0190a6c4-2b7e-9c3d-9f1a-1b2c3d4e5f60', // version 9
  '0190a6c4-2b7e-7c3d-7f1a-1b2c3d4e5f60', // variant 7
  ` ${ID}`,
  ID.slice(1),
  'not-an-id',
  '',
  1,
  null,
  undefined,
];

/** Whatever the quick check accepts, the schema accepts, with the same value (key order included). */
function agrees(input: unknown): boolean {
  const quick = quickPackageProduct(input);
  if (quick === null) return false;
  const zod = PackageProduct.safeParse(input, { error: () => 'refused' });
  const label = JSON.stringify(input)?.slice(0, 200);
  expect(zod.success, label).toBe(true);
  expect(quick, label).toStrictEqual(zod.data);
  expect(Object.keys(quick), label).toEqual(Object.keys(zod.data ?? {}));
  return true;
}

describe('quickPackageProduct', () => {
  it('accepts a good package product with the schema’s value, strings trimmed', () => {
    expect(agrees(good)).toBe(true);
    expect(quickPackageProduct(good)).toMatchObject({ sku: 'A1', title: '连衣裙', id: ID });
    expect(agrees({ sku: 'B2', title: 't', id: ID })).toBe(true);
  });

  it('leaves to the schema what it is not sure of: an unknown key, no title, an odd id, anything refused', () => {
    expect(quickPackageProduct({ ...good, extra: 1 })).toBeNull(); // the schema drops it
    expect(quickPackageProduct({ ...good, title: undefined })).toBeNull();
    expect(quickPackageProduct({ sku: 'A1', id: ID })).toBeNull();
    expect(quickPackageProduct({ ...good, id: ID.toUpperCase() })).toBeNull(); // the schema takes it
    expect(quickPackageProduct({ ...good, stock: -1 })).toBeNull();
    expect(quickPackageProduct([good])).toBeNull();
    expect(quickPackageProduct(null)).toBeNull();
  });

  it('reads inherited fields as the schema does', () => {
    const inheriting = (proto: object) => Object.assign(Object.create(proto), { sku: 'A1', title: 't', id: ID });
    expect(quickPackageProduct(inheriting({ stock: -1 }))).toBeNull();
    expect(PackageProduct.safeParse(inheriting({ stock: -1 })).success).toBe(false);
    expect(agrees(inheriting({ category: ' 女装 ' }))).toBe(true);
    expect(quickPackageProduct(inheriting({ category: ' 女装 ' }))).toMatchObject({ category: '女装' });
  });

  it('never accepts what the schema refuses, field by field and on random mixes', () => {
    let accepted = 0;
    for (const key of [...FIELDS, 'id']) {
      for (const odd of key === 'id' ? ODD_IDS : ODD) if (agrees({ ...good, [key]: odd })) accepted++;
    }
    const random = seededRandom(Number(process.env.LIVECUE_CHAOS_SEED ?? 20261207));
    const pick = <T>(items: readonly T[]): T => items[random.int(0, items.length - 1)] as T;
    for (let i = 0; i < 3000; i++) {
      const input: Record<string, unknown> = { ...good };
      for (const key of FIELDS) {
        if (random.chance(0.15)) delete input[key];
        else if (random.chance(0.2)) input[key] = pick(ODD);
      }
      if (random.chance(0.2)) input.id = pick(ODD_IDS);
      if (random.chance(0.05)) input[pick(['extra', 'Sku', 'createdAt'])] = pick(ODD);
      if (agrees(input)) accepted++;
    }
    // The comparison above means something only if many inputs were taken the quick way.
    expect(accepted).toBeGreaterThan(300);
  });
});
