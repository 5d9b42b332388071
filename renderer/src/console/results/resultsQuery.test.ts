import { describe, expect, it } from 'vitest';
import { ResultsExportQuery, ResultsQuery } from '../../../../shared/api/hub/hubConsole';
import {
  buildExportQuery,
  buildResultsQuery,
  dayAt,
  defaultFilters,
  defaultRange,
  queryRecord,
  rangeProblem,
  readerTzOffsetMinutes,
} from './resultsQuery';

// 2026-12-06 17:30 UTC: already the 7th in Shanghai (UTC+8), still the 6th in New York (UTC−5).
const NOW = Date.UTC(2026, 11, 6, 17, 30);

describe('the default date range', () => {
  it('is the last 30 days up to today in the reader’s time zone', () => {
    expect(defaultRange(NOW, 480)).toEqual({ from: '2026-11-08', to: '2026-12-07' });
    expect(defaultRange(NOW, -300)).toEqual({ from: '2026-11-07', to: '2026-12-06' });
    expect(defaultRange(NOW, 0)).toEqual({ from: '2026-11-07', to: '2026-12-06' });
  });

  it('crosses month and year ends', () => {
    expect(defaultRange(Date.UTC(2027, 0, 5, 1), 480)).toEqual({ from: '2026-12-07', to: '2027-01-05' });
  });

  it('starts with every other filter at “all”', () => {
    expect(defaultFilters(NOW, 480)).toEqual({ from: '2026-11-08', to: '2026-12-07', region: '', group: '', show: '' });
  });

  it('takes the offset the hub counts (east of UTC positive)', () => {
    expect(readerTzOffsetMinutes({ getTimezoneOffset: () => -480 } as Date)).toBe(480);
    expect(readerTzOffsetMinutes({ getTimezoneOffset: () => 300 } as Date)).toBe(-300);
    expect(dayAt(Date.UTC(2026, 0, 1, 15, 59), 480)).toBe('2026-01-01');
    expect(dayAt(Date.UTC(2026, 0, 1, 16, 0), 480)).toBe('2026-01-02');
  });
});

describe('the query', () => {
  const filters = { from: '2026-11-08', to: '2026-12-07', region: '', group: '', show: '' };

  it('leaves out filters at “all” and trims the rest, and the hub’s schema accepts it', () => {
    const bare = buildResultsQuery(filters, 480);
    expect(bare).toEqual({ from: '2026-11-08', to: '2026-12-07', tzOffsetMinutes: 480 });
    const full = buildResultsQuery({ ...filters, region: ' 华东 ', group: '直营', show: '  双12 预热 ' }, 480);
    expect(full).toEqual({ from: '2026-11-08', to: '2026-12-07', tzOffsetMinutes: 480, region: '华东', group: '直营', show: '双12 预热' });
    expect(ResultsQuery.parse(queryRecord(full))).toEqual(full);
    expect(buildResultsQuery({ ...filters, show: '   ' }, -300)).toEqual({ from: '2026-11-08', to: '2026-12-07', tzOffsetMinutes: -300 });
  });

  it('sends the export the same query with its format and the UI language', () => {
    const query = buildResultsQuery({ ...filters, region: '华东' }, 480);
    const xlsx = buildExportQuery(query, 'xlsx', 'zh-CN');
    expect(xlsx).toEqual({ ...query, format: 'xlsx', language: 'zh-CN' });
    expect(buildExportQuery(query, 'csv', 'en-US').language).toBe('en');
    expect(ResultsExportQuery.parse(queryRecord(xlsx))).toEqual(xlsx);
  });

  it('is refused while the range is missing or reversed', () => {
    expect(rangeProblem(filters)).toBeNull();
    expect(rangeProblem({ from: '', to: '2026-12-07' })).toBe('missing');
    expect(rangeProblem({ from: '2026-12-08', to: '2026-12-07' })).toBe('reversed');
    expect(rangeProblem({ from: '2026-12-07', to: '2026-12-07' })).toBeNull();
  });
});
