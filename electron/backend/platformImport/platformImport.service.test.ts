import { describe, expect, it } from 'vitest';
import type { LivePlatform, PlatformFileKind } from '../../../shared/domain/platform/platformData';
import { PLATFORM_FIELDS, type PlatformImportPreview } from '../../../shared/domain/platform/platformImport';
import {
  DOUYIN_PRODUCT_FIELDS,
  douyinProductsCsv,
  kuaishouProductsXlsx,
  taobaoTrendCsv,
  utf16TrendTsv,
} from '../../../test/fixtures/platform/platformFiles';
import { backendTestContext } from '../../../test/support/backend/catalogTestContext';
import { createProductsService } from '../catalog/products.service';
import { createPlatformImportService } from './platformImport.service';

const local = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi).getTime();
const START = local(2026, 12, 6, 23, 50);
const END = local(2026, 12, 7, 0, 20);

function setup(status: 'live' | 'ended' = 'ended') {
  const ctx = backendTestContext();
  ctx.db
    .prepare(
      "INSERT INTO sessions (id, show_id, show_name, status, state, revision, started_at, ended_at) VALUES ('s1', 'show', '双12 专场', ?, '{}', 1, ?, ?)",
    )
    .run(status, START, status === 'ended' ? END : null);
  const products = createProductsService(ctx);
  const dress = products.create({ sku: 'A-1', title: '真丝连衣裙', platformIds: { douyin: '3581000000000000001' } });
  const cream = products.create({ sku: 'A-2', title: '防晒霜' });
  const scarf = products.create({ sku: 'W-1', title: '羊毛围巾' });
  let n = 0;
  const service = createPlatformImportService(ctx, { newId: () => `id-${++n}` });
  const platformEvents = () => ctx.events.listSession('s1').filter((e) => e.type.startsWith('platform.'));
  return { ctx, service, ids: { dress: dress.id, cream: cream.id, scarf: scarf.id }, platformEvents };
}

type Service = ReturnType<typeof createPlatformImportService>;
/** Previews a file for session s1. */
const open = (service: Service, platform: LivePlatform, kind: PlatformFileKind, bytes: Uint8Array, fileName: string) =>
  service.preview({ sessionId: 's1', platform, kind, fileName, bytes });

/** Each issue as "row CODE". */
const codes = (p: PlatformImportPreview) => p.issues.map((i) => `${i.row} ${i.code}`);

describe('platform import: per-product file', () => {
  it('reads a Douyin UTF-8 BOM CSV: mapping, 万 and ¥, totals line set aside, duplicates, bad numbers and formulas named, products matched', async () => {
    const { service, ids } = setup();
    const p = await open(service, 'douyin', 'products', douyinProductsCsv(), '商品.csv');
    expect(p.source).toMatchObject({ encoding: 'utf-8-bom', delimiter: ',' });
    expect(p.headerRow).toBe(2);
    expect(p.columns.map((c) => c.field)).toEqual(DOUYIN_PRODUCT_FIELDS);
    expect(p.totalsLines).toEqual([{ row: 11, label: '合计' }]);
    expect(codes(p)).toEqual([
      '6 PRODUCT_UNMATCHED',
      '7 DUPLICATE_ROW',
      '8 NUMBER_INVALID',
      '8 NUMBER_NEGATIVE',
      '9 PRODUCT_UNMATCHED',
      '9 FORMULA_TEXT',
      '10 NUMBER_NOT_WHOLE',
    ]);
    const issue = (row: number, code: string) => p.issues.find((i) => i.row === row && i.code === code)?.message;
    expect(issue(8, 'NUMBER_INVALID')).toBe('Row 8, column "曝光人数": "abc" is not a number; write it like 1,234 or 1.2万');
    expect(issue(8, 'NUMBER_NEGATIVE')).toContain('Row 8, column "成交订单数": "-3" is negative');
    expect(issue(7, 'DUPLICATE_ROW')).toBe(
      'Row 7, column "商品ID": the product "3581000000000000001" is also on row 3, which is imported instead of this row',
    );
    expect(p.duplicates).toEqual([{ key: 'id:3581000000000000001', label: '3581000000000000001', chosenRow: 3, rows: [3, 7] }]);
    expect(p.totals).toEqual({ rows: 8, valid: 5, invalid: 2, duplicate: 1, warned: 2, matched: 3, unmatched: 2 });
    const imported = p.rows.filter((r) => r.action === 'import').map((r) => r.product);
    expect(imported[0]).toEqual({
      productId: ids.dress,
      matchedBy: 'platformId',
      platformProductId: '3581000000000000001',
      sku: 'A-1',
      title: '真丝连衣裙',
      exposures: 12_000,
      clicks: 3456,
      orders: 120,
      buyers: 110,
      gmvFen: 1_198_800,
      refundFen: 0,
    });
    expect(imported.map((r) => [r?.productId, r?.matchedBy])).toEqual([
      [ids.dress, 'platformId'],
      [ids.cream, 'sku'],
      [ids.scarf, 'title'],
      [null, null],
      [null, null],
    ]);
    // "--" is the platform's "no data": null, never 0.
    expect(imported[2]?.refundFen).toBeNull();
  });

  it('commits as one platform.products event on the session, refusing invalid rows until told to skip them', async () => {
    const { service, platformEvents } = setup();
    const p = await open(service, 'douyin', 'products', douyinProductsCsv(), '商品.csv');
    expect(() => service.commit(p.previewId, false)).toThrow(/2 row\(s\) cannot be imported \(first: Row 8, column "曝光人数"/);
    expect(platformEvents()).toEqual([]);
    expect(service.commit(p.previewId, true)).toEqual({
      importId: 'id-2',
      eventType: 'platform.products',
      rows: 5,
      skippedInvalid: 2,
      unmatched: 2,
    });
    const [event] = platformEvents();
    expect(event?.sessionId).toBe('s1');
    expect(event?.payload).toMatchObject({ sessionId: 's1', importId: 'id-2', platform: 'douyin', fileName: '商品.csv' });
    expect((event?.payload as { rows: unknown[] } | undefined)?.rows).toHaveLength(5);
  });

  it('reads a Kuaishou XLSX with English headers and numeric cells; the catalog has no Kuaishou ids, so it matches by SKU', async () => {
    const { service, ids } = setup();
    const p = await open(service, 'kuaishou', 'products', await kuaishouProductsXlsx(), 'ks.xlsx');
    expect(p.source.format).toBe('xlsx');
    expect(p.totalsLines).toEqual([{ row: 4, label: '总计' }]);
    expect(p.issues).toEqual([]);
    expect(p.rows.map((r) => [r.product?.productId, r.product?.matchedBy, r.product?.gmvFen])).toEqual([
      [ids.dress, 'sku', 1_198_800],
      [ids.cream, 'sku', 297_050],
    ]);
  });

  it('refuses a session that is still live, or does not exist, naming it', async () => {
    const { service } = setup('live');
    const input = { platform: 'douyin', kind: 'products', fileName: 'a.csv', bytes: douyinProductsCsv() } as const;
    await expect(service.preview({ sessionId: 's1', ...input })).rejects.toThrow(
      'Session s1 ("双12 专场") is still live; end it before importing',
    );
    await expect(service.preview({ sessionId: 'nope', ...input })).rejects.toThrow('Session nope does not exist.');
  });
});

describe('platform import: per-minute file', () => {
  it('reads a Taobao GB18030 CSV: times without a date on the start date, rolling over midnight; repeated minute and bad number named', async () => {
    const { service, platformEvents } = setup();
    const p = await open(service, 'taobao', 'trend', taobaoTrendCsv(), '趋势.csv');
    expect(p.source.encoding).toBe('gb18030');
    expect(p.columns.map((c) => c.field)).toEqual(PLATFORM_FIELDS.trend);
    expect(p.totalsLines).toEqual([{ row: 8, label: '合计' }]);
    expect(codes(p)).toEqual(['5 DUPLICATE_ROW', '6 NUMBER_INVALID']);
    expect(p.issues[0]?.message).toBe('Row 5, column "时间": the minute 00:00 is also on row 4, which is imported instead of this row');
    const minutes = p.rows.filter((r) => r.action === 'import').map((r) => r.minute);
    expect(minutes.map((m) => m?.at)).toEqual([
      local(2026, 12, 6, 23, 58),
      local(2026, 12, 6, 23, 59),
      local(2026, 12, 7, 0, 0),
      local(2026, 12, 7, 0, 2),
    ]);
    expect(minutes[0]).toMatchObject({ viewersOnline: 1200, entries: 300, likes: 12_000, gmvFen: 29_900 });
    expect(minutes[2]?.gmvFen).toBe(1_200_000);
    expect(minutes[3]?.likes).toBeNull();

    service.commit(p.previewId, true);
    const [event] = platformEvents();
    expect(event?.type).toBe('platform.trend');
    expect((event?.payload as { rows: { at: number }[] } | undefined)?.rows.map((r) => r.at)).toEqual(minutes.map((m) => m?.at));
  });

  it('reads a UTF-16 TSV with full dates and warns about minutes more than an hour outside the session (still imported)', async () => {
    const { service } = setup();
    const bytes = utf16TrendTsv(['2026-12-06 23:50', '2026-12-07 00:10', '2026-12-07 01:21', '2026-12-06 22:49']);
    const p = await open(service, 'douyin', 'trend', bytes, 'trend.txt');
    expect(p.source).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(codes(p)).toEqual(['4 TIME_OUTSIDE_SESSION', '5 TIME_OUTSIDE_SESSION']);
    expect(p.issues[0]?.message).toMatch(/^Row 4, column "时间": 2026-12-07 01:21 is more than an hour outside the session/);
    expect(p.totals).toMatchObject({ valid: 4, warned: 2, invalid: 0 });
  });
});

describe('platform import: mapping', () => {
  it('takes the user’s mapping, remembers it per platform and kind when committed, and applies it to the next file', async () => {
    const { service } = setup();
    const bytes = utf16TrendTsv(['2026-12-06 23:50']);
    const first = await open(service, 'douyin', 'trend', bytes, 't.txt');
    expect(first.columns[2]?.field).toBe('entries');
    // The user says column 3 is not entries after all, and column 4 (点赞数) is.
    const remapped = await service.remap(first.previewId, { mapping: { '2': null, '3': 'entries' } });
    expect(remapped.columns.slice(2, 4).map((c) => [c.field, c.match])).toEqual([
      [null, 'manual'],
      ['entries', 'manual'],
    ]);
    expect(remapped.rows[0]?.minute).toMatchObject({ entries: 5, likes: null });
    service.commit(remapped.previewId, false);

    const next = await open(service, 'douyin', 'trend', bytes, 't2.txt');
    expect(next.rememberedMapping).toBe(true);
    expect(next.columns.slice(2, 4).map((c) => c.field)).toEqual([null, 'entries']);
    const otherPlatform = await open(service, 'taobao', 'trend', bytes, 't3.txt');
    expect(otherPlatform.rememberedMapping).toBe(false);
    expect(otherPlatform.columns[2]?.field).toBe('entries');
  });

  it('does not bring back a preview discarded while it was being checked again', async () => {
    const { service } = setup();
    const p = await open(service, 'douyin', 'trend', utf16TrendTsv(['2026-12-06 23:50']), 't.txt');
    const remapping = service.remap(p.previewId, { mapping: { '2': null } });
    service.discard(p.previewId);
    await expect(remapping).rejects.toMatchObject({ reason: 'PREVIEW_NOT_FOUND' });
    await expect(service.remap(p.previewId, {})).rejects.toMatchObject({ reason: 'PREVIEW_NOT_FOUND' });
  });

  it('refuses a field of the other file kind, naming the column', async () => {
    const { service } = setup();
    const p = await open(service, 'douyin', 'trend', utf16TrendTsv(['2026-12-06 23:50']), 't.txt');
    await expect(service.remap(p.previewId, { mapping: { '1': 'buyers' } })).rejects.toThrow(
      'Column 2: "buyers" is not a column of a trend file.',
    );
  });
});
