import type { ResultsExportQuery, ResultsQuery } from '../../../../shared/api/hub/hubConsole';

/** What the filter bar holds: empty strings mean "all" (and are not sent). */
export interface ResultsFilters {
  from: string;
  to: string;
  region: string;
  group: string;
  show: string;
}

const DAY_MS = 86_400_000;
/** The default range: this many days, today included. */
export const DEFAULT_RANGE_DAYS = 30;

/** The calendar date (YYYY-MM-DD) of an instant for a reader `tzOffsetMinutes` east of UTC. */
export function dayAt(ms: number, tzOffsetMinutes: number): string {
  return new Date(ms + tzOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** The reader's offset east of UTC now, as the hub takes it (JavaScript counts it the other way round). */
export const readerTzOffsetMinutes = (now: Date = new Date()): number => -now.getTimezoneOffset();

/** The last 30 days up to today, in the reader's time zone. */
export function defaultRange(nowMs: number, tzOffsetMinutes: number): { from: string; to: string } {
  return { from: dayAt(nowMs - (DEFAULT_RANGE_DAYS - 1) * DAY_MS, tzOffsetMinutes), to: dayAt(nowMs, tzOffsetMinutes) };
}

export function defaultFilters(nowMs: number, tzOffsetMinutes: number): ResultsFilters {
  return { ...defaultRange(nowMs, tzOffsetMinutes), region: '', group: '', show: '' };
}

/** Why the filters cannot be sent yet (a missing or reversed range), or null when they can. */
export function rangeProblem(filters: Pick<ResultsFilters, 'from' | 'to'>): 'missing' | 'reversed' | null {
  if (!filters.from || !filters.to) return 'missing';
  return filters.from > filters.to ? 'reversed' : null;
}

/** The query the hub is asked: trimmed, and a filter left at "all" is not sent at all (the hub refuses an empty one). */
export function buildResultsQuery(filters: ResultsFilters, tzOffsetMinutes: number): ResultsQuery {
  const query: ResultsQuery = { from: filters.from, to: filters.to, tzOffsetMinutes };
  const region = filters.region.trim();
  const group = filters.group.trim();
  const show = filters.show.trim();
  if (region) query.region = region;
  if (group) query.group = group;
  if (show) query.show = show;
  return query;
}

/** The export asks for the same results, as a file in one format and language. */
export function buildExportQuery(query: ResultsQuery, format: ResultsExportQuery['format'], language: string): ResultsExportQuery {
  return { ...query, format, language: language.startsWith('zh') ? 'zh-CN' : 'en' };
}

/** A query as URL search parameters, in a stable order (the HubClient takes a plain record). */
export function queryRecord(query: ResultsQuery | ResultsExportQuery): Record<string, string | number> {
  const record: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(query)) if (value !== undefined) record[key] = value;
  return record;
}
