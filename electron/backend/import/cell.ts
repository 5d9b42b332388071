/** A cell as the readers hand it over: CSV gives text, XLSX also numbers; errors keep their code. */
export type RawCell = string | number | boolean | { error: string } | null;

/** One line of the source table; `line` is the row number the user sees in Excel (1-based). */
export interface RawRow {
  line: number;
  cells: RawCell[];
}

export function isErrorCell(cell: RawCell): cell is { error: string } {
  return typeof cell === 'object' && cell !== null;
}

/** The cell as text, for headers, ids and messages. Numbers print without exponent where possible. */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return numberText(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell.error;
}

function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString();
  return String(n);
}

export function isBlankCell(cell: RawCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function isBlankRow(cells: readonly RawCell[]): boolean {
  return cells.every((c) => isBlankCell(c));
}
