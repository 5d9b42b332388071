import { describe, expect, it } from 'vitest';
import type { LeaderboardRow } from '../../../../shared/api/hub/hubConsole';
import { DEFAULT_SORT, nextSort, sortLeaderboard } from './leaderboardSort';

const row = (storeCode: string, storeName: string, over: Partial<LeaderboardRow> = {}): LeaderboardRow => ({
  storeCode,
  storeName,
  region: '华东',
  group: '直营',
  sessions: 1,
  gmvFen: 0,
  orders: null,
  buyers: null,
  views: null,
  uniqueViewers: null,
  peakViewers: null,
  gpmFen: null,
  uvValueFen: null,
  conversion: null,
  explainMs: 0,
  ...over,
});
const rows = [
  row('SH01', '南京西路店', { gmvFen: 500_00, conversion: 0.05, uniqueViewers: 900 }),
  row('SH02', '徐家汇店', { gmvFen: 1200_00, conversion: null, uniqueViewers: 400 }),
  row('BJ01', '三里屯店', { gmvFen: null, conversion: 0.02, region: '华北', uniqueViewers: null }),
  row('GZ01', '天河店', { gmvFen: 1200_00, conversion: 0.08, region: '华南', uniqueViewers: 700 }),
];
const zh = new Intl.Collator('zh-CN');
const codes = (list: LeaderboardRow[]) => list.map((r) => r.storeCode);

describe('the store leaderboard order', () => {
  it('starts with GMV highest first; a GMV never entered comes last, ties by store code', () => {
    expect(codes(sortLeaderboard(rows, DEFAULT_SORT, zh))).toEqual(['GZ01', 'SH02', 'SH01', 'BJ01']);
  });

  it('keeps absent figures last in both directions', () => {
    expect(codes(sortLeaderboard(rows, { key: 'conversion', direction: 'desc' }, zh))).toEqual(['GZ01', 'SH01', 'BJ01', 'SH02']);
    expect(codes(sortLeaderboard(rows, { key: 'conversion', direction: 'asc' }, zh))).toEqual(['BJ01', 'SH01', 'GZ01', 'SH02']);
    expect(codes(sortLeaderboard(rows, { key: 'uniqueViewers', direction: 'asc' }, zh))).toEqual(['SH02', 'GZ01', 'SH01', 'BJ01']);
  });

  it('sorts names with the reader’s collation, ties by GMV', () => {
    const byRegion = sortLeaderboard(rows, { key: 'region', direction: 'asc' }, zh);
    expect(byRegion.map((r) => r.region)).toEqual(['华北', '华东', '华东', '华南']);
    // Within 华东, the higher GMV first.
    expect(codes(byRegion).slice(1, 3)).toEqual(['SH02', 'SH01']);
  });

  it('does not change the rows it was given', () => {
    const before = codes(rows);
    sortLeaderboard(rows, { key: 'explainMs', direction: 'asc' }, zh);
    expect(codes(rows)).toEqual(before);
  });

  it('flips a column clicked again; a new column starts highest first, names A→Z', () => {
    expect(nextSort(DEFAULT_SORT, 'gmvFen')).toEqual({ key: 'gmvFen', direction: 'asc' });
    expect(nextSort({ key: 'gmvFen', direction: 'asc' }, 'gmvFen')).toEqual({ key: 'gmvFen', direction: 'desc' });
    expect(nextSort(DEFAULT_SORT, 'conversion')).toEqual({ key: 'conversion', direction: 'desc' });
    expect(nextSort(DEFAULT_SORT, 'storeName')).toEqual({ key: 'storeName', direction: 'asc' });
  });
});
