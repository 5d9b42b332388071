import type { ImportedProduct } from '../../../shared/domain/import/importedProduct';
import type { ImportIssue } from '../../../shared/domain/import/importIssue';
import type { RowLayout } from './rowValidation';

function yuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

/**
 * Prices that are allowed but most likely a mistake, so the row is imported with a warning: a new
 * product whose price cells are empty (its card would show no price), and a live price above the list price
 * (the strikethrough would be lower than what viewers pay).
 */
export function priceWarnings(line: number, product: ImportedProduct, isNew: boolean, layout: RowLayout): ImportIssue[] {
  const column = (field: 'listPrice' | 'livePrice') => {
    const index = layout.fields.get(field);
    return { columnIndex: index ?? null, column: index === undefined ? null : (layout.headers[index] ?? null) };
  };
  const warnings: ImportIssue[] = [];
  // Only where the file has a price column: a file without one shows that in its column mapping, once.
  const hasPriceColumn = layout.fields.has('listPrice') || layout.fields.has('livePrice');
  if (isNew && hasPriceColumn && product.listPriceFen === undefined && product.livePriceFen === undefined) {
    const at = layout.fields.has('livePrice') ? column('livePrice') : column('listPrice');
    warnings.push({
      row: line,
      ...at,
      field: layout.fields.has('livePrice') ? 'livePrice' : 'listPrice',
      code: 'PRICE_MISSING_FOR_NEW',
      message: `Row ${line}: SKU "${product.sku}" is new and has no price; it is imported without one`,
      value: null,
    });
  }
  const { listPriceFen, livePriceFen } = product;
  if (listPriceFen !== undefined && livePriceFen !== undefined && livePriceFen > listPriceFen) {
    const at = column('livePrice');
    warnings.push({
      row: line,
      ...at,
      field: 'livePrice',
      code: 'LIVE_PRICE_ABOVE_LIST',
      message: `Row ${line}${at.column ? `, column "${at.column}"` : ''}: the live price ¥${yuan(livePriceFen)} is above the list price ¥${yuan(listPriceFen)}`,
      value: yuan(livePriceFen),
    });
  }
  return warnings;
}
