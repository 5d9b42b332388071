import type { TotalsLine } from '../../../shared/domain/import/importPreview';
import { cellText, isBlankCell, isBlankRow, type RawRow } from './cell';
import type { Yielder } from './yielder';

/**
 * Words a spreadsheet's totals line starts with, in the form `labelKey` gives. No "sum": a short
 * English word can be a real SKU, where the Chinese ones never are.
 */
const TOTALS_LABELS = new Set(['合计', '总计', '小计', '汇总', '总合计', '共计', 'total', 'totals', 'subtotal', 'grandtotal']);

/** "合 计：" → "合计": full-width folded, spaces and a trailing colon dropped, lower case. */
function labelKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '')
    .replace(/[:：]$/, '');
}

/**
 * The label when the row is a totals line: its first filled cell, or its SKU cell, is 合计 / 总计 /
 * 小计 (or Total). Such a line sums the products above; it is not a product called "合计".
 */
export function totalsLabel(row: RawRow, skuIndex: number | undefined): string | null {
  const first = row.cells.find((c) => !isBlankCell(c));
  const candidates = [first, skuIndex === undefined ? undefined : row.cells[skuIndex]];
  for (const cell of candidates) {
    if (cell === undefined || isBlankCell(cell)) continue;
    const text = cellText(cell).trim();
    if (TOTALS_LABELS.has(labelKey(text))) return text;
  }
  return null;
}

/**
 * The rows under the header, blank rows dropped and totals lines set aside (named, not imported).
 * `keyIndex` is the column that names a row (SKU, product, time), where a totals label may also sit.
 */
export async function splitDataRows(
  rows: readonly RawRow[],
  headerLine: number,
  keyIndex: number | undefined,
  yielder: Yielder,
): Promise<{ dataRows: RawRow[]; totalsLines: TotalsLine[] }> {
  const totalsLines: TotalsLine[] = [];
  const dataRows: RawRow[] = [];
  for (const r of rows) {
    if (r.line <= headerLine || isBlankRow(r.cells)) continue;
    const label = totalsLabel(r, keyIndex);
    if (label !== null) totalsLines.push({ row: r.line, label });
    else dataRows.push(r);
    // Checking 50,000 rows for totals lines takes tens of milliseconds: not in one turn.
    await yielder.maybeYield();
  }
  return { dataRows, totalsLines };
}
