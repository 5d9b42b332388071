import { columnLetter } from '../../../shared/domain/import/columnLetter';
import type { MappingMatch } from '../../../shared/domain/import/importPreview';
import { cellText, isBlankRow, type RawRow } from './cell';
import { ImportError } from './importError';
import type { TableRead } from './tableRead';

/**
 * The header-mapping machinery every import shares (products, the platforms' result files): a
 * synonym table per field, exact → normalised → partial guessing, one column per field, the user's
 * corrections on top, and the header row found among the top rows. Each import brings its own fields.
 */

export const CONFIDENCE: Record<MappingMatch, number> = { exact: 1, manual: 1, normalised: 0.9, partial: 0.6, none: 0 };

/** A column and the field it was given; `conflictsWith` names the column that won its field. */
export interface MatchedColumn<F extends string> {
  index: number;
  header: string;
  field: F | null;
  confidence: number;
  match: MappingMatch;
  conflictsWith?: number | undefined;
}

export interface HeaderGuess<F extends string> {
  field: F | null;
  match: MappingMatch;
}

/**
 * Exact-match form of a header: full-width → half-width (NFKC turns "ＳＫＵ" into "SKU" and
 * "（" into "("), lower case, no whitespace at all (Excel headers often carry stray spaces).
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '');
}

/** Looser form: also drops bracketed notes ("价格(元)", "标题【必填】"), required-markers and separators. */
export function looseHeaderKey(header: string): string {
  return headerKey(header)
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕|<[^>]*>/g, '')
    .replace(/[*:：_\-.#/\\]/g, '');
}

export interface HeaderDictionary<F extends string> {
  /** The field whose synonym is exactly this key. */
  exact(key: string): F | undefined;
  /**
   * The synonym inside a header: the longest ("直播价格" is 直播价, not 价格), then the earliest,
   * since a Chinese header puts the qualifier first ("类目名称" is a category, not a product name).
   */
  contained(loose: string): F | null;
}

/** `synonyms` are in the exact-match form of `headerKey`. */
export function createHeaderDictionary<F extends string>(synonyms: Readonly<Record<F, readonly string[]>>): HeaderDictionary<F> {
  const exactIndex = new Map<string, F>();
  for (const [field, words] of Object.entries(synonyms) as [F, readonly string[]][]) for (const word of words) exactIndex.set(word, field);
  const partialWords = [...exactIndex.entries()].filter(([w]) => w.length >= 2);
  return {
    exact: (key) => exactIndex.get(key),
    contained(loose) {
      let best: { field: F; length: number; at: number } | null = null;
      for (const [word, field] of partialWords) {
        const at = loose.indexOf(word);
        if (at < 0) continue;
        if (!best || word.length > best.length || (word.length === best.length && at < best.at)) best = { field, length: word.length, at };
      }
      return best?.field ?? null;
    },
  };
}

/** The plain guess: the exact header, then its loose form, then a synonym inside it. */
export function guessHeader<F extends string>(dictionary: HeaderDictionary<F>, header: string): HeaderGuess<F> {
  const exact = dictionary.exact(headerKey(header));
  if (exact) return { field: exact, match: 'exact' };
  const loose = looseHeaderKey(header);
  if (loose === '') return { field: null, match: 'none' };
  const normalised = dictionary.exact(loose);
  if (normalised) return { field: normalised, match: 'normalised' };
  const partial = dictionary.contained(loose);
  return partial ? { field: partial, match: 'partial' } : { field: null, match: 'none' };
}

/**
 * Maps every column of the header row. When two columns claim the same field the surer one keeps
 * it (the first on a tie, unless `challengerWinsTie` says otherwise); the other is left unmapped and
 * says which column won, so the user sees why and can swap them.
 */
export function resolveColumns<F extends string>(
  headers: readonly string[],
  guess: (header: string) => HeaderGuess<F>,
  challengerWinsTie: (current: MatchedColumn<F>, challenger: MatchedColumn<F>) => boolean = () => false,
): MatchedColumn<F>[] {
  const columns: MatchedColumn<F>[] = headers.map((header, index) => {
    const g = guess(header);
    return { index, header, field: g.field, confidence: CONFIDENCE[g.match], match: g.match };
  });
  const winner = new Map<F, MatchedColumn<F>>();
  for (const column of columns) {
    if (!column.field) continue;
    const current = winner.get(column.field);
    if (
      !current ||
      column.confidence > current.confidence ||
      (column.confidence === current.confidence && challengerWinsTie(current, column))
    ) {
      winner.set(column.field, column);
    }
  }
  return columns.map((column) => {
    if (!column.field) return column;
    const won = winner.get(column.field);
    if (won === column || !won) return column;
    return { index: column.index, header: column.header, field: null, confidence: 0, match: 'none', conflictsWith: won.index };
  });
}

export class MappingError extends Error {
  readonly code = 'MAPPING_INVALID';
}

/**
 * Applies the user's corrections (column index → field, or null to ignore) on top of the automatic
 * mapping. A field the user gives to a column is taken away from whichever column had it automatically.
 */
export function applyManualMapping<F extends string>(
  columns: readonly MatchedColumn<F>[],
  manual: Readonly<Record<string, F | null>>,
): MatchedColumn<F>[] {
  const chosen = new Map<number, F | null>();
  const claimed = new Map<F, number>();
  for (const [key, field] of Object.entries(manual) as [string, F | null][]) {
    const index = Number(key);
    if (!columns[index]) throw new MappingError(`Column ${index + 1} does not exist (the header row has ${columns.length} columns).`);
    if (field) {
      const other = claimed.get(field);
      if (other !== undefined) throw new MappingError(`Columns ${other + 1} and ${index + 1} are both mapped to "${field}".`);
      claimed.set(field, index);
    }
    chosen.set(index, field);
  }
  return columns.map((column): MatchedColumn<F> => {
    const { index, header } = column;
    if (chosen.has(index)) {
      const field = chosen.get(index) ?? null;
      return field
        ? { index, header, field, confidence: 1, match: 'manual' }
        : { index, header, field: null, confidence: 0, match: 'manual' };
    }
    if (column.field && claimed.has(column.field)) return { index, header, field: null, confidence: 0, match: 'none' };
    return column;
  });
}

/** Field → column index, for the row validator. */
export function fieldColumns<F extends string>(columns: readonly MatchedColumn<F>[]): Map<F, number> {
  const map = new Map<F, number>();
  for (const column of columns) if (column.field) map.set(column.field, column.index);
  return map;
}

const HEADER_SEARCH_ROWS = 10;

/**
 * The header row: among the first filled rows, the one `score` rates highest (the first on a tie;
 * 0 means "cannot be the header"). Files often start with a title line ("双11商品清单", "直播数据
 * 导出 2026-12-06") above the real header. Falls back to the first non-blank row, so a file with
 * unknown headers can still be mapped by hand.
 */
export function findHeaderRowBy(rows: readonly RawRow[], score: (row: RawRow) => number): RawRow | null {
  // Stops at the first HEADER_SEARCH_ROWS filled rows: a whole-file pass here would hold the event loop.
  const candidates: RawRow[] = [];
  for (const r of rows) {
    if (candidates.length >= HEADER_SEARCH_ROWS) break;
    if (!isBlankRow(r.cells)) candidates.push(r);
  }
  let best: { row: RawRow; score: number } | null = null;
  for (const row of candidates) {
    const s = score(row);
    if (s > 0 && (!best || s > best.score)) best = { row, score: s };
  }
  return best?.row ?? candidates[0] ?? null;
}

/**
 * Sum of the surest guess per field named in the row; 0 unless it names at least two fields, one
 * of them a key field (what identifies a row: SKU or title, a time).
 */
export function headerRowScore<F extends string>(row: RawRow, guess: (header: string) => HeaderGuess<F>, keyFields: readonly F[]): number {
  const surest = new Map<F, number>();
  for (const cell of row.cells) {
    const g = guess(cellText(cell));
    if (g.field) surest.set(g.field, Math.max(surest.get(g.field) ?? 0, CONFIDENCE[g.match]));
  }
  if (surest.size < 2 || !keyFields.some((f) => surest.has(f))) return 0;
  let score = 0;
  for (const confidence of surest.values()) score += confidence;
  return score;
}

export interface MappedHeader<F extends string> {
  header: RawRow;
  /** Header texts; an empty one is named by its column letter, so messages can point at it. */
  headers: string[];
  columns: MatchedColumn<F>[];
  fields: Map<F, number>;
}

/**
 * Finds the header row, maps its columns and applies the user's corrections; a file with no header
 * or a mapping that cannot apply is a whole-file failure with a message naming it.
 */
export function mapHeaderRow<F extends string>(
  table: TableRead,
  findHeader: (rows: readonly RawRow[]) => RawRow | null,
  mapHeaders: (headers: readonly string[]) => MatchedColumn<F>[],
  manual: Readonly<Record<string, F | null>> | undefined,
): MappedHeader<F> {
  const header = findHeader(table.rows);
  if (!header) throw new ImportError('NO_HEADER', `"${table.source.fileName}" has no header row: every row is empty.`);
  const headers = header.cells.map((cell, index) => cellText(cell).trim() || `Column ${columnLetter(index)}`);
  let columns = mapHeaders(headers);
  if (manual) {
    try {
      columns = applyManualMapping(columns, manual);
    } catch (error) {
      if (error instanceof MappingError) throw new ImportError('MAPPING_INVALID', error.message);
      throw error;
    }
  }
  return { header, headers, columns, fields: fieldColumns(columns) };
}
