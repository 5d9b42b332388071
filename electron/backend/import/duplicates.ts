import type { DuplicateChoices } from '../../../shared/domain/import/importPreview';
import type { ValidatedRow } from './rowValidation';

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
export function findDuplicateSkus(rows: readonly ValidatedRow[], choices: DuplicateChoices = {}): Map<string, SkuDuplicate> {
  const linesBySku = new Map<string, number[]>();
  for (const row of rows) {
    const sku = row.product?.sku;
    if (sku === undefined) continue;
    const lines = linesBySku.get(sku);
    if (lines) lines.push(row.line);
    else linesBySku.set(sku, [row.line]);
  }
  const duplicates = new Map<string, SkuDuplicate>();
  for (const [sku, lines] of linesBySku) {
    if (lines.length < 2) continue;
    const picked = choices[sku];
    const chosen = picked !== undefined && lines.includes(picked) ? picked : (lines[0] as number);
    duplicates.set(sku, { sku, lines, chosen });
  }
  return duplicates;
}
