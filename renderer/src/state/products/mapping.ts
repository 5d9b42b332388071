import type { ImportField } from '../../../../shared/domain/import/importField';
import type { ColumnInfo, ManualMapping } from '../../../../shared/domain/import/importPreview';

/** The mapping a preview currently uses, as a full ManualMapping (every column named). */
export function mappingOf(columns: readonly Pick<ColumnInfo, 'index' | 'field'>[]): ManualMapping {
  const mapping: ManualMapping = {};
  for (const column of columns) mapping[String(column.index)] = column.field;
  return mapping;
}

/**
 * The full mapping after the user picks `field` for one column. A field belongs to one column
 * only, so the column that had it before is set to ignore (otherwise the backend refuses the
 * mapping as MAPPING_INVALID).
 */
export function withColumnField(
  columns: readonly Pick<ColumnInfo, 'index' | 'field'>[],
  columnIndex: number,
  field: ImportField | null,
): ManualMapping {
  const mapping = mappingOf(columns);
  if (field !== null) {
    for (const [key, value] of Object.entries(mapping)) if (value === field) mapping[key] = null;
  }
  mapping[String(columnIndex)] = field;
  return mapping;
}

/** `<select>` value for a field; "" is "ignore this column". */
export const IGNORE = '';

export function selectValueOf(field: ImportField | null): string {
  return field ?? IGNORE;
}

export { columnLetter } from '../../../../shared/domain/import/columnLetter';
