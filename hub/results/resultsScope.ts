import type { ResultsQuery } from '../../shared/api/hub/hubConsole';
import type { ProducerCaller } from '../http/hubAuth';
import { HubHttpError } from '../http/hubHttpError';

const DAY_MS = 86_400_000;
/** A year and a day: the console asks for a month at a time; a wider range is a typo, not a report. */
export const MAX_RANGE_DAYS = 366;

/** Which sessions a results query covers: started in [fromMs, toMs), in the regions and filters given. */
export interface ResultsScope {
  fromMs: number;
  toMs: number;
  /** The reader's offset east of UTC, ms: a session's day is that of started_at + offsetMs. */
  offsetMs: number;
  /** Stores limited to these regions (the account's, narrowed by the query's region); empty = every region. */
  regions: string[];
  group: string | null;
  show: string | null;
}

/** The query as SQL bounds, refusing dates that do not exist, a reversed range, and a region outside the account. */
export function resultsScope(caller: ProducerCaller, query: ResultsQuery): ResultsScope {
  const offsetMs = query.tzOffsetMinutes * 60_000;
  const from = dayNumber(query.from, 'from');
  const to = dayNumber(query.to, 'to');
  if (to < from) throw HubHttpError.invalid(`query.to: ${query.to} is before from (${query.from}).`, ['query', 'to']);
  if (to - from + 1 > MAX_RANGE_DAYS)
    throw HubHttpError.invalid(`query.to: the range ${query.from}…${query.to} is longer than ${MAX_RANGE_DAYS} days.`, ['query', 'to']);
  let regions = caller.regions;
  if (query.region !== undefined) {
    if (regions.length > 0 && !regions.includes(query.region))
      throw HubHttpError.forbidden(`Region ${query.region} is outside this account's regions (${regions.join(', ')}).`);
    regions = [query.region];
  }
  return {
    fromMs: from * DAY_MS - offsetMs,
    toMs: (to + 1) * DAY_MS - offsetMs,
    offsetMs,
    regions,
    group: query.group ?? null,
    show: query.show ?? null,
  };
}

/** Days since 1970-01-01 of a YYYY-MM-DD date, refusing one the calendar lacks (2026-02-30). */
function dayNumber(date: string, field: 'from' | 'to'): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  if (dayString(ms / DAY_MS) !== date) throw HubHttpError.invalid(`query.${field}: ${date} is not a date.`, ['query', field]);
  return ms / DAY_MS;
}

/** YYYY-MM-DD of a day number (days since 1970-01-01). */
export function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
