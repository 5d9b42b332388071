import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { listZipEntries, readZipEntry } from './zipReader';

/** Rewrites the uncompressed size an entry declares in the central directory (what a zip bomb lies about). */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = Buffer.from(zip);
  const central = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  out.writeUInt32LE(size, central + 24);
  return out;
}

describe('zip reader', () => {
  it('lists entries with their declared sizes and reads stored and deflated entries', async () => {
    const text = strToU8('直播 '.repeat(1000));
    const zip = zipSync({ 'a.txt': [text, { level: 0 }], 'b.txt': [text, { level: 9 }] });
    const entries = listZipEntries(zip, 10);
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ['a.txt', 0, text.length],
      ['b.txt', 8, text.length],
    ]);
    for (const entry of entries) expect(Buffer.from(await readZipEntry(zip, entry)).equals(Buffer.from(text))).toBe(true);
  });

  it('stops inflating as soon as an entry grows past its declared size', async () => {
    const zip = declareSize(zipSync({ 'bomb.json': new Uint8Array(50 * 1024 * 1024) }, { level: 9 }), 1000);
    const [entry] = listZipEntries(zip, 10);
    expect(entry?.size).toBe(1000);
    await expect(readZipEntry(zip, entry as never)).rejects.toThrow('entry "bomb.json" inflates to more than its declared 1000 bytes');
  });

  it('refuses an entry that inflates to less than it declares', async () => {
    const zip = declareSize(zipSync({ 'short.json': strToU8('{"a":1}') }), 100);
    const [entry] = listZipEntries(zip, 10);
    await expect(readZipEntry(zip, entry as never)).rejects.toThrow(/short\.json" is damaged/);
  });

  it('refuses non-zips, too many entries and a truncated file', () => {
    expect(() => listZipEntries(strToU8('hello, this is plain text'), 10)).toThrow('not a zip file');
    const zip = zipSync({ a: strToU8('1'), b: strToU8('2'), c: strToU8('3') });
    expect(() => listZipEntries(zip, 2)).toThrow('the zip has 3 entries; at most 2 are allowed');
    expect(() => listZipEntries(zip.subarray(0, zip.length - 10), 10)).toThrow(/damaged/);
  });
});
