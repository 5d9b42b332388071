import type { ValidatedRow } from './rowValidation';
import type { Yielder } from './yielder';

/** A key (a SKU, a product, a minute) on several valid rows, and the row that is imported. */
export interface KeyDuplicate {
  key: string;
  lines: number[];
  chosen: number;
}

/**
 * Groups the rows whose key appears more than once in the file (rows with no key are skipped).
 * One row per key is imported: the user's pick when it is one of the key's rows, else the first (a
 * later row is more often a pasted copy than a correction, and the first is what the user sees first).
 */
export async function findDuplicates<R extends { line: number }>(
  rows: readonly R[],
  keyOf: (row: R) => string | undefined,
  yielder: Yielder,
  choices: Readonly<Record<string, number>> = {},
): Promise<Map<string, KeyDuplicate>> {
  // A key seen once keeps its bare line number: one array per row of a 50,000-row file would make
  // this pass long enough to hold the event loop.
  const linesByKey = new Map<string, number | number[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === undefined) continue;
    const lines = linesByKey.get(key);
    if (lines === undefined) linesByKey.set(key, row.line);
    else if (typeof lines === 'number') linesByKey.set(key, [lines, row.line]);
    else lines.push(row.line);
    await yielder.maybeYield();
  }
  const duplicates = new Map<string, KeyDuplicate>();
  for (const [key, lines] of linesByKey) {
    if (typeof lines === 'number') continue;
    const picked = choices[key];
    const chosen = picked !== undefined && lines.includes(picked) ? picked : (lines[0] as number);
    duplicates.set(key, { key, lines, chosen });
  }
  return duplicates;
}

/** The valid product rows whose SKU the file repeats. */
export function findDuplicateSkus(
  rows: readonly ValidatedRow[],
  yielder: Yielder,
  choices: Readonly<Record<string, number>> = {},
): Promise<Map<string, KeyDuplicate>> {
  return findDuplicates(rows, (row) => row.product?.sku, yielder, choices);
}
