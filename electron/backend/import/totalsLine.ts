import { cellText, isBlankCell, type RawRow } from './cell';

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
