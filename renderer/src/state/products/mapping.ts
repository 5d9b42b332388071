import type { ImportField } from '../../../../shared/domain/import/importField';

/** A column as the mapping helpers need it, whatever the import's fields are (products, platform files). */
type MappedColumn<F extends string> = { index: number; field: F | null };

/** The mapping a preview currently uses, as a full mapping (every column named). */
export function mappingOf<F extends string = ImportField>(columns: readonly MappedColumn<F>[]): Record<string, F | null> {
  const mapping: Record<string, F | null> = {};
  for (const column of columns) mapping[String(column.index)] = column.field;
  return mapping;
}

/**
 * The full mapping after the user picks `field` for one column. A field belongs to one column
 * only, so the column that had it before is set to ignore (otherwise the backend refuses the
 * mapping as MAPPING_INVALID).
 */
export function withColumnField<F extends string = ImportField>(
  columns: readonly MappedColumn<F>[],
  columnIndex: number,
  field: F | null,
): Record<string, F | null> {
  const mapping = mappingOf(columns);
  if (field !== null) {
    for (const [key, value] of Object.entries(mapping)) if (value === field) mapping[key] = null;
  }
  mapping[String(columnIndex)] = field;
  return mapping;
}

/** `<select>` value for a field; "" is "ignore this column". */
export const IGNORE = '';

export function selectValueOf(field: string | null): string {
  return field ?? IGNORE;
}

export { columnLetter } from '../../../../shared/domain/import/columnLetter';
