import type { ImportIssue } from '../../../shared/domain/import/importIssue';
import type { ValidatedRow } from './rowValidation';

/**
 * Flags every row whose SKU appears more than once in the file, each naming the other rows:
 * which one is right is the merchant's call, so none of them is imported.
 */
export function duplicateSkuIssues(
  rows: readonly ValidatedRow[],
  skuColumn: { index: number; header: string } | null,
): Map<number, ImportIssue> {
  const linesBySku = new Map<string, number[]>();
  for (const row of rows) {
    const sku = row.product?.sku;
    if (sku === undefined) continue;
    const lines = linesBySku.get(sku);
    if (lines) lines.push(row.line);
    else linesBySku.set(sku, [row.line]);
  }
  const issues = new Map<number, ImportIssue>();
  for (const [sku, lines] of linesBySku) {
    if (lines.length < 2) continue;
    for (const line of lines) {
      const others = lines.filter((l) => l !== line);
      const where = skuColumn ? `Row ${line}, column "${skuColumn.header}"` : `Row ${line}`;
      issues.set(line, {
        row: line,
        column: skuColumn?.header ?? null,
        columnIndex: skuColumn?.index ?? null,
        field: 'sku',
        code: 'DUPLICATE_SKU',
        message: `${where}: SKU "${sku}" also appears in row${others.length > 1 ? 's' : ''} ${others.join(', ')}`,
        value: sku,
        relatedRows: others,
      });
    }
  }
  return issues;
}
