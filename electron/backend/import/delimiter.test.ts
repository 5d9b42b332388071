import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './delimiter';

describe('detectDelimiter', () => {
  it('finds comma, tab and semicolon', () => {
    expect(detectDelimiter('sku,title,price\r\nA,B,1')).toBe(',');
    expect(detectDelimiter('sku\ttitle\tprice\nA\tB\t1')).toBe('\t');
    expect(detectDelimiter('sku;title;price\nA;B;1,5')).toBe(';');
  });

  it('ignores delimiters inside quotes', () => {
    expect(detectDelimiter('sku;title;price\nA;"x, y, z";"1,299"\nB;"p, q";"2,000"')).toBe(';');
  });

  it('prefers the delimiter that is consistent across lines', () => {
    // One title with commas must not make comma win over tab.
    expect(detectDelimiter('sku\ttitle\tprice\nA\tred, blue, green, white\t1\nB\tplain\t2\nC\tplain\t3')).toBe('\t');
  });

  it('falls back to comma for a one-column file', () => {
    expect(detectDelimiter('sku\nA\nB')).toBe(',');
  });

  it('looks at the last line even without a trailing newline', () => {
    expect(detectDelimiter('a;b')).toBe(';');
  });
});

describe('detectDelimiter with lines above the header', () => {
  it('is not decided by a first line with no delimiter (a "version 1.00" line)', () => {
    const text = 'version 1.00\r\ntitle\tprice\touter_id\r\n宝贝名称\t宝贝价格\t商家编码\r\n"裙子, 红色"\t199\tA1\r\n';
    expect(detectDelimiter(text)).toBe('\t');
  });
});
