import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../../test/fixtures/import/gbk';
import { decodeText, encodingFromBom } from './encoding';
import { createYielder } from './yielder';

const decode = (bytes: Uint8Array) => decodeText(bytes, createYielder());

describe('encoding', () => {
  it('the fixture GBK encoder produces the bytes Excel writes for 商品名称', () => {
    const bytes = encodeGbk('商品名称');
    expect([...bytes].map((b) => b.toString(16).toUpperCase())).toEqual(['C9', 'CC', 'C6', 'B7', 'C3', 'FB', 'B3', 'C6']);
    expect(new TextDecoder('gb18030').decode(bytes)).toBe('商品名称');
  });

  it('reads plain UTF-8', async () => {
    expect(await decode(new TextEncoder().encode('商品编码,标题'))).toEqual({ text: '商品编码,标题', encoding: 'utf-8' });
  });

  it('drops the UTF-8 BOM instead of leaving it in the first header', async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('SKU,标题')]);
    expect(await decode(bytes)).toEqual({ text: 'SKU,标题', encoding: 'utf-8-bom' });
  });

  it('falls back to GB18030 when the bytes are not valid UTF-8', async () => {
    expect(await decode(encodeGbk('商品名称,价格\r\n连衣裙,¥99'.replace('¥', '')))).toEqual({
      text: '商品名称,价格\r\n连衣裙,99',
      encoding: 'gb18030',
    });
  });

  it('reads UTF-16LE with BOM (Excel "Unicode text")', async () => {
    const text = '商品编码\t标题';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(encodingFromBom(bytes)).toBe('utf-16le');
    expect(await decode(bytes)).toEqual({ text, encoding: 'utf-16le' });
  });

  it('decodes a large file in slices, keeping characters split across slice boundaries intact', async () => {
    const text = '商'.repeat(400_000); // 1.2 MB of 3-byte characters: boundaries fall mid-character
    const yielder = createYielder({ sliceMs: 0 });
    const result = await decodeText(new TextEncoder().encode(text), yielder);
    expect(result.text).toBe(text);
    expect(yielder.yields).toBeGreaterThan(1);
  });

  it('a GBK file that is long still detects as GB18030 even if its first slice were valid UTF-8', async () => {
    const ascii = 'a,b\r\n'.repeat(200_000); // 1 MB of ASCII before the first Chinese byte
    const bytes = new Uint8Array([...new TextEncoder().encode(ascii), ...encodeGbk('连衣裙')]);
    const result = await decode(bytes);
    expect(result.encoding).toBe('gb18030');
    expect(result.text.endsWith('连衣裙')).toBe(true);
  });
});
