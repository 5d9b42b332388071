import type { Column } from '../../ui/DataTable';
import { Value } from './Value';

/** A right-aligned figure column whose absent figures read "not entered"; `testId` marks its cells for tests. */
export function figureColumn<Row>(key: string, header: string, text: (row: Row) => string | null, testId?: string): Column<Row> {
  return {
    key,
    header,
    numeric: true,
    cell: (row) => <Value compact text={text(row)} />,
    ...(testId === undefined ? {} : { cellAttributes: () => ({ 'data-testid': testId }) }),
  };
}
