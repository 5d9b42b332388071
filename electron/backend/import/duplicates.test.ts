import { describe, expect, it } from 'vitest';
import { findDuplicateSkus } from './duplicates';
import type { ValidatedRow } from './rowValidation';
import { createYielder } from './yielder';

const row = (line: number, sku: string | null): ValidatedRow => ({ line, product: sku === null ? null : { sku }, issues: [] });

describe('findDuplicateSkus', () => {
  it('groups the rows of a repeated SKU, keeps the first unless another is picked, and gives the event loop turns', async () => {
    const rows = [row(2, 'A'), row(3, 'B'), row(4, null), row(5, 'A'), row(6, 'C'), row(7, 'A'), row(8, 'C')];
    const yielder = createYielder({ sliceMs: 0 });
    const found = await findDuplicateSkus(rows, yielder, { C: 8 });
    expect([...found.values()]).toEqual([
      { key: 'A', lines: [2, 5, 7], chosen: 2 },
      { key: 'C', lines: [6, 8], chosen: 8 },
    ]);
    expect(yielder.yields).toBeGreaterThan(0);
  });
});
