import { describe, expect, it } from 'vitest';
import type { ImportField } from '../../../shared/domain/import/importField';
import { splitSellingPoints } from '../../../shared/domain/import/sellingPoints';
import type { RawCell } from './cell';
import { type RowLayout, splitTags, validateRow } from './rowValidation';

const headers = ['商品编码', '商品名称', '价格(元)', '库存', '标签', '卖点', '抖音ID', '副标题'];
const fields: [ImportField, number][] = [
  ['sku', 0],
  ['title', 1],
  ['listPrice', 2],
  ['stock', 3],
  ['tags', 4],
  ['sellingPoints', 5],
  ['platformId.douyin', 6],
  ['subtitle', 7],
];
const layout: RowLayout = { headers, fields: new Map(fields) };
const validate = (cells: RawCell[], line = 2) => validateRow({ line, cells }, layout);
const list = (n: number, separator: string) => Array.from({ length: n }, (_, i) => `t${i}`).join(separator);

describe('validateRow', () => {
  it('builds the product from a good row', () => {
    const result = validate([
      'ＳＫ-1 ',
      ' 连衣裙\n夏款 ',
      '¥1,299.00',
      '1,000',
      '新品，热卖、包邮;新品',
      '面料舒适\r\n\r\n版型显瘦 ',
      612345678901,
      null,
    ]);
    expect(result.issues).toEqual([]);
    expect(result.product).toEqual({
      sku: 'SK-1',
      title: '连衣裙 夏款',
      listPriceFen: 129900,
      stock: 1000,
      tags: ['新品', '热卖', '包邮'],
      sellingPoints: ['面料舒适', '版型显瘦'],
      platformIds: { douyin: '612345678901' },
    });
  });

  it('leaves out empty cells so an update never erases data', () => {
    const result = validate(['A1', '', '  ', null]);
    expect(result.product).toEqual({ sku: 'A1' });
  });

  it('reports every bad cell with row, column, code and value', () => {
    const result = validate(['A1', 'ok', '12.345', '-2'], 7);
    expect(result.product).toBeNull();
    expect(result.issues).toEqual([
      {
        row: 7,
        column: '价格(元)',
        columnIndex: 2,
        field: 'listPrice',
        code: 'PRICE_TOO_MANY_DECIMALS',
        message: 'Row 7, column "价格(元)": "12.345" has more than 2 decimals; prices are in yuan to the fen',
        value: '12.345',
      },
      expect.objectContaining({ row: 7, column: '库存', code: 'STOCK_NEGATIVE', value: '-2' }),
    ]);
  });

  it('requires the SKU', () => {
    const result = validate(['', '连衣裙'], 4);
    expect(result.issues).toEqual([expect.objectContaining({ row: 4, column: '商品编码', code: 'REQUIRED_MISSING' })]);
  });

  it('refuses ids that Excel stored as numbers and truncated', () => {
    const result = validate(['A1', 't', null, null, null, null, Number('3612345678901234567')]);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'ID_PRECISION_LOST', column: '抖音ID' })]);
  });

  it('refuses Excel error cells, control characters in SKUs and over-long text', () => {
    expect(validate(['A1', 't', { error: '#N/A' }]).issues[0]).toMatchObject({ code: 'CELL_ERROR', value: '#N/A' });
    expect(validate(['A\t1', 't']).issues[0]).toMatchObject({ code: 'TEXT_CONTROL_CHARS', field: 'sku' });
    expect(validate(['A1', '长'.repeat(201)]).issues[0]).toMatchObject({ code: 'TEXT_TOO_LONG', field: 'title' });
  });

  it('refuses more tags or selling points than the catalog holds, naming the row, column and count', () => {
    const tags = validate(['A1', 't', null, null, list(51, ',')], 9);
    expect(tags.product).toBeNull();
    expect(tags.issues).toEqual([
      expect.objectContaining({
        row: 9,
        column: '标签',
        field: 'tags',
        code: 'TEXT_TOO_LONG',
        message: 'Row 9, column "标签": has 51 tags; at most 50 are allowed',
      }),
    ]);
    const points = validate(['A1', 't', null, null, null, list(51, '\n')], 3);
    expect(points.product).toBeNull();
    expect(points.issues).toEqual([
      expect.objectContaining({
        column: '卖点',
        field: 'sellingPoints',
        message: 'Row 3, column "卖点": has 51 selling points; at most 50 are allowed',
      }),
    ]);
  });

  it('accepts exactly 50 tags and selling points, counting tags after duplicates are dropped', () => {
    const row = validate(['A1', 't', null, null, `${list(50, '，')},t0,t1`, list(50, '|')]);
    expect(row.issues).toEqual([]);
    expect(row.product?.tags).toHaveLength(50);
    expect(row.product?.sellingPoints).toHaveLength(50);
  });

  it('counts characters, not UTF-16 units, against the length limits', () => {
    expect(validate(['A1', '😀'.repeat(200)]).issues).toEqual([]);
    expect(validate(['A1', '😀'.repeat(201)]).issues[0]).toMatchObject({ message: expect.stringContaining('is 201 characters long') });
    expect(validate(['A1', 't', null, null, '😀'.repeat(30)]).issues).toEqual([]);
  });

  it('turns inner control characters into single spaces in one-line text', () => {
    expect(validate(['A1', ' a\t\u007f b\r\n ']).product?.title).toBe('a b');
  });
});

describe('splitters', () => {
  it('splits tags on every separator merchants use and drops duplicates', () => {
    expect(splitTags('a, b，c、d;e；f,,a')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('splits selling points on lines', () => {
    expect(splitSellingPoints('一\r\n二\r三\n\n')).toEqual(['一', '二', '三']);
  });

  it('splits selling points written on one line with | or ；, not on commas', () => {
    expect(splitSellingPoints('面料舒适|版型显瘦| 包邮 ')).toEqual(['面料舒适', '版型显瘦', '包邮']);
    expect(splitSellingPoints('不起球；可机洗;七天无理由｜送运费险')).toEqual(['不起球', '可机洗', '七天无理由', '送运费险']);
    expect(splitSellingPoints('面料舒适，不起球')).toEqual(['面料舒适，不起球']);
  });

  it('imports A|B|C talking points as three points', () => {
    const row = validateRow({ line: 2, cells: ['A1', '裙子', null, null, null, '面料舒适|版型显瘦|包邮'] }, layout);
    expect(row.product?.sellingPoints).toEqual(['面料舒适', '版型显瘦', '包邮']);
  });
});
