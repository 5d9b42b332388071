import type { DuplicateChoices } from '../../../shared/domain/import/importPreview';
import type { ValidatedRow } from './rowValidation';
import type { Yielder } from './yielder';

/** A SKU on several valid rows, and the row that is imported. */
export interface SkuDuplicate {
  sku: string;
  lines: number[];
  chosen: number;
}

/**
 * Groups the valid rows whose SKU appears more than once in the file. One row per SKU is imported:
 * the user's pick when it is one of the SKU's rows, else the first (a later row is more often a
 * pasted copy than a correction, and the first is what the user sees first).
 */
export async function findDuplicateSkus(
  rows: readonly ValidatedRow[],
  yielder: Yielder,
  choices: DuplicateChoices = {},
): Promise<Map<string, SkuDuplicate>> {
  // A SKU seen once keeps its bare line number: one array per row of a 50,000-row file would make
  // this pass long enough to hold the event loop.
  const linesBySku = new Map<string, number | number[]>();
  for (const row of rows) {
    const sku = row.product?.sku;
    if (sku === undefined) continue;
    const lines = linesBySku.get(sku);
    if (lines === undefined) linesBySku.set(sku, row.line);
    else if (typeof lines === 'number') linesBySku.set(sku, [lines, row.line]);
    else lines.push(row.line);
    await yielder.maybeYield();
  }
  const duplicates = new Map<string, SkuDuplicate>();
  for (const [sku, lines] of linesBySku) {
    if (typeof lines === 'number') continue;
    const picked = choices[sku];
    const chosen = picked !== undefined && lines.includes(picked) ? picked : (lines[0] as number);
    duplicates.set(sku, { sku, lines, chosen });
  }
  return duplicates;
}
