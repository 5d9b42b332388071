import { describe, expect, it } from 'vitest';
import type { ConsoleDevice, ConsoleStore } from '../../../../shared/api/hub/hubConsole';
import { activeDevices, appVersions, choices, filterStores, NO_FILTERS } from './storeFilters';

const device = (appVersion: string, revokedAt: number | null = null): ConsoleDevice => ({
  deviceId: '0190a3b2-0000-7000-8000-000000000001',
  name: 'PC',
  appVersion,
  enrolledAt: 0,
  lastSeenAt: null,
  revokedAt,
  eventsWaiting: null,
  clockFlagged: false,
});
const store = (code: string, name: string, region: string, group: string, devices: ConsoleDevice[] = []): ConsoleStore => ({
  code,
  name,
  region,
  group,
  createdAt: 0,
  devices,
  lastSeenAt: null,
  online: false,
  eventsWaiting: null,
  live: null,
});

const STORES = [
  store('S001', '南京西路旗舰店', '华东', '旗舰店'),
  store('S002', '徐家汇店', '华东', ''),
  store('GZ-01', '天河城店', '华南', '旗舰店'),
  store('X9', 'Pop-up', '', '快闪店'),
];
const codes = (list: ConsoleStore[]) => list.map((s) => s.code);

describe('store filters', () => {
  it('shows every store without filters', () => {
    expect(codes(filterStores(STORES, NO_FILTERS))).toEqual(['S001', 'S002', 'GZ-01', 'X9']);
  });

  it('filters by region and group, where "" is the stores with none', () => {
    expect(codes(filterStores(STORES, { ...NO_FILTERS, region: '华东' }))).toEqual(['S001', 'S002']);
    expect(codes(filterStores(STORES, { ...NO_FILTERS, group: '旗舰店' }))).toEqual(['S001', 'GZ-01']);
    expect(codes(filterStores(STORES, { ...NO_FILTERS, group: '' }))).toEqual(['S002']);
    expect(codes(filterStores(STORES, { ...NO_FILTERS, region: '' }))).toEqual(['X9']);
    expect(codes(filterStores(STORES, { region: '华东', group: '旗舰店', search: '' }))).toEqual(['S001']);
  });

  it('searches code and name, ignoring case, spaces around and full-width letters', () => {
    expect(codes(filterStores(STORES, { ...NO_FILTERS, search: ' gz ' }))).toEqual(['GZ-01']);
    expect(codes(filterStores(STORES, { ...NO_FILTERS, search: 'ｓ００２' }))).toEqual(['S002']);
    expect(codes(filterStores(STORES, { ...NO_FILTERS, search: '旗舰' }))).toEqual(['S001']);
    expect(codes(filterStores(STORES, { ...NO_FILTERS, search: 'pop' }))).toEqual(['X9']);
    expect(codes(filterStores(STORES, { ...NO_FILTERS, search: 'none' }))).toEqual([]);
  });

  it('offers each region and group once, sorted', () => {
    expect(choices(STORES, 'region', 'zh-CN')).toEqual(['', '华东', '华南']);
    expect(choices(STORES, 'group', 'zh-CN')).toHaveLength(3);
  });

  it('counts and lists the versions of active PCs only, newest first', () => {
    const s = store('S1', 'x', '', '', [device('1.2.0'), device('1.10.0'), device('1.2.0'), device('0.9.0', 5)]);
    expect(activeDevices(s)).toBe(3);
    expect(appVersions(s)).toEqual(['1.10.0', '1.2.0']);
  });
});
