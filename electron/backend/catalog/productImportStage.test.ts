import { afterEach, describe, expect, it } from 'vitest';
import { catalogTestContext } from '../../../test/support/backend/catalogTestContext';
import { createProductImportStage } from './productImportStage';

const contexts: ReturnType<typeof catalogTestContext>[] = [];
afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.db.close();
});
function stage() {
  const ctx = catalogTestContext();
  contexts.push(ctx);
  return { ctx, stage: createProductImportStage(ctx.db, ctx.clock) };
}

describe('product import stage', () => {
  it('holds rows to the catalog rules, naming the row across calls, and stages only rows that pass', () => {
    const { stage: s } = stage();
    s.add([{ sku: 'A1', title: ' 连衣裙 ' }]);
    expect(() =>
      s.add([
        { sku: 'B2', title: 't' },
        { sku: 'C3', stock: -1 },
      ]),
    ).toThrow(expect.objectContaining({ code: 'INVALID_PAYLOAD', issues: [expect.objectContaining({ path: [2, 'stock'] })] }));
    expect(s.size).toBe(1);
  });

  it('takes rows said to be checked already as they are (a show package’s, held to a stricter schema by its reader)', () => {
    const { ctx, stage: s } = stage();
    s.add([{ sku: 'A1', title: '连衣裙', tags: ['新品'] }], { checked: true });
    s.add([{ sku: 'B2', title: 'x'.repeat(201) }], { checked: true }); // what the rules would refuse is not looked at
    expect(s.size).toBe(2);
    expect(ctx.db.prepare('SELECT sku, tags FROM temp.product_import_stage ORDER BY seq').all()).toEqual([
      { sku: 'A1', tags: '["新品"]' },
      { sku: 'B2', tags: null },
    ]);
    // A SKU twice is still a caller bug, checked or not.
    expect(() => s.add([{ sku: 'A1', title: 'again' }], { checked: true })).toThrow(/staged twice/);
  });
});
