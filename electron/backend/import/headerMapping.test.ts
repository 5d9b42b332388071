import { describe, expect, it } from 'vitest';
import { applyManualMapping, findHeaderRow, guessField, headerKey, looseHeaderKey, MappingError, mapHeaders } from './headerMapping';

describe('guessField', () => {
  it.each([
    ['商品ID', 'sku'],
    ['商品编码', 'sku'],
    ['货号', 'sku'],
    ['SKU', 'sku'],
    ['Item ID', 'sku'],
    ['商品名称', 'title'],
    ['Title', 'title'],
    ['Name', 'title'],
    ['副标题', 'subtitle'],
    ['划线价', 'listPrice'],
    ['List price', 'listPrice'],
    ['直播价', 'livePrice'],
    ['到手价', 'livePrice'],
    ['Live Price', 'livePrice'],
    ['Qty', 'stock'],
    ['类目', 'category'],
    ['标签', 'tags'],
    ['话术', 'sellingPoints'],
    ['Selling points', 'sellingPoints'],
    ['淘宝ID', 'platformId.taobao'],
    ['抖音ID', 'platformId.douyin'],
    ['快手ID', 'platformId.kuaishou'],
  ])('%s → %s, exact', (header, field) => {
    expect(guessField(header)).toEqual({ field, match: 'exact' });
  });

  it('normalises full-width letters, case, spaces and bracketed notes', () => {
    expect(guessField('ＳＫＵ')).toEqual({ field: 'sku', match: 'exact' });
    expect(guessField('  List  Price ')).toEqual({ field: 'listPrice', match: 'exact' });
    expect(guessField('价格(元)')).toEqual({ field: 'listPrice', match: 'normalised' });
    expect(guessField('价格（元）')).toEqual({ field: 'listPrice', match: 'normalised' });
    expect(guessField('*商品名称【必填】')).toEqual({ field: 'title', match: 'normalised' });
    expect(guessField('stock_qty')).toEqual({ field: 'stock', match: 'partial' });
  });

  it('reads the platform from a bracketed note: 商品ID(抖音) is a Douyin id, not the SKU', () => {
    expect(guessField('商品ID(抖音)')).toEqual({ field: 'platformId.douyin', match: 'normalised' });
    expect(guessField('天猫商品编码')).toEqual({ field: 'platformId.tmall', match: 'normalised' });
  });

  it('prefers the longest and then the earliest word inside a longer header', () => {
    expect(guessField('直播价格')).toEqual({ field: 'livePrice', match: 'partial' });
    expect(guessField('类目名称')).toEqual({ field: 'category', match: 'partial' });
  });

  it('leaves unknown headers unmapped', () => {
    expect(guessField('备注')).toEqual({ field: null, match: 'none' });
    expect(guessField('')).toEqual({ field: null, match: 'none' });
  });

  it('header keys', () => {
    expect(headerKey(' Ｌｉｓｔ　Price ')).toBe('listprice');
    expect(looseHeaderKey('价格 (元)*')).toBe('价格');
  });
});

describe('mapHeaders', () => {
  it('returns the field, confidence and the unmapped columns', () => {
    const columns = mapHeaders(['商品编码', '商品名称', '价格(元)', '备注']);
    expect(columns.map((c) => [c.field, c.confidence, c.match])).toEqual([
      ['sku', 1, 'exact'],
      ['title', 1, 'exact'],
      ['listPrice', 0.9, 'normalised'],
      [null, 0, 'none'],
    ]);
  });

  it('gives a contested field to the surer column and says which one won', () => {
    const columns = mapHeaders(['标题说明', '商品名称', 'SKU']);
    expect(columns[1]?.field).toBe('title');
    expect(columns[0]).toMatchObject({ field: null, conflictsWith: 1 });
  });

  it('on a tie, the first column keeps the field', () => {
    const columns = mapHeaders(['价格', '售价']);
    expect(columns[0]?.field).toBe('listPrice');
    expect(columns[1]).toMatchObject({ field: null, conflictsWith: 0 });
  });
});

describe('applyManualMapping', () => {
  const auto = mapHeaders(['编码', '名称', '价格', '活动价', '备注']);

  it('applies the user corrections and takes the field away from the automatic column', () => {
    const columns = applyManualMapping(auto, { '4': 'title', '3': null });
    expect(columns[4]).toMatchObject({ field: 'title', match: 'manual', confidence: 1 });
    expect(columns[1]?.field).toBeNull();
    expect(columns[3]).toMatchObject({ field: null, match: 'manual' });
    expect(columns[0]?.field).toBe('sku');
  });

  it('refuses a column that does not exist or two columns for one field', () => {
    expect(() => applyManualMapping(auto, { '9': 'sku' })).toThrow(MappingError);
    expect(() => applyManualMapping(auto, { '1': 'sku', '2': 'sku' })).toThrow(/Columns 2 and 3/);
  });
});

describe('findHeaderRow', () => {
  it('skips a title line above the real header', () => {
    const rows = [
      { line: 1, cells: ['2024 双11 直播商品清单'] },
      { line: 2, cells: [] },
      { line: 3, cells: ['货号', '商品名称', '直播价'] },
      { line: 4, cells: ['A1', '裙子', '99'] },
    ];
    expect(findHeaderRow(rows)?.line).toBe(3);
  });

  it('prefers the best-recognised row over a line of field ids above it', () => {
    const rows = [
      { line: 1, cells: ['version 1.00'] },
      { line: 2, cells: ['title', 'price', 'num', 'outer_id'] },
      { line: 3, cells: ['宝贝名称', '宝贝价格', '宝贝数量', '商家编码'] },
      { line: 4, cells: ['裙子', '199', '5', 'A1'] },
    ];
    expect(findHeaderRow(rows)?.line).toBe(3);
  });

  it('falls back to the first non-blank row when no header is recognised', () => {
    expect(
      findHeaderRow([
        { line: 1, cells: ['', null] },
        { line: 2, cells: ['foo', 'bar'] },
      ])?.line,
    ).toBe(2);
    expect(findHeaderRow([{ line: 1, cells: [''] }])).toBeNull();
  });
});
