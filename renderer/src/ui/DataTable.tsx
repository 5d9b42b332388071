import type { ReactNode } from 'react';
import './dataTable.css';

/** Attributes a row or cell may carry besides its content: tests and styles find it by them. */
export type CellAttributes = { className?: string | undefined } & { [data: `data-${string}`]: string | undefined };

/** One column: its header, how a row fills its cell, and how the cell reads. */
export interface Column<Row> {
  /** Stable React key for the column. */
  key: string;
  header: ReactNode;
  cell(row: Row, index: number): ReactNode;
  /** Right-aligned, tabular figures, never wrapped. */
  numeric?: boolean;
  /** Shown once in the header (e.g. 元, 秒) so the cells can hold bare figures. */
  unit?: string;
  /** The cell names its row (a `<th scope="row">`): it wraps rather than widening the table. */
  rowHeader?: boolean;
  /** Text that may be long (messages): wraps, at a wider minimum than a name. */
  wrap?: boolean;
  /** Extra attributes for each body cell. */
  cellAttributes?(row: Row, index: number): CellAttributes;
}

interface DataTableProps<Row> {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row, index: number): string;
  rowAttributes?(row: Row, index: number): CellAttributes;
  testId?: string;
  /** Accessible name when the table has no caption nearby. */
  label?: string;
}

const cellClass = (column: Pick<Column<never>, 'numeric' | 'rowHeader' | 'wrap'>, extra?: string) =>
  [
    column.numeric ? 'data-table__num' : null,
    column.rowHeader ? 'data-table__name' : null,
    column.wrap ? 'data-table__wrap' : null,
    extra ?? null,
  ]
    .filter((c) => c !== null)
    .join(' ') || undefined;

/**
 * The one table for figures (the report tables and the like): typed columns, numbers aligned right, units in the
 * header. It is scrollable sideways only as a last resort; columns are meant to fit a 1366-wide window.
 */
export function DataTable<Row>({ columns, rows, rowKey, rowAttributes, testId, label }: DataTableProps<Row>) {
  return (
    <div className="data-table-wrap">
      <table className="data-table" data-testid={testId} aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={cellClass(column)}>
                {column.header}
                {column.unit !== undefined && <span className="data-table__unit"> ({column.unit})</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} {...rowAttributes?.(row, index)}>
              {columns.map((column) => {
                const { className, ...rest } = column.cellAttributes?.(row, index) ?? {};
                const props = { ...rest, className: cellClass(column, className) };
                return column.rowHeader ? (
                  <th key={column.key} scope="row" {...props}>
                    {column.cell(row, index)}
                  </th>
                ) : (
                  <td key={column.key} {...props}>
                    {column.cell(row, index)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
