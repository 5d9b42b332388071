import { describe, expect, it } from 'vitest';
import { base64Chunks, base64ToBytes, bytesToBase64, bytesToBase64Async } from './base64';

/** Plain reference: the whole binary string at once (fine for test sizes). */
function reference(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

const sample = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 0xff);

describe('base64', () => {
  it('matches Node for every length around the chunk edges', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]) {
      const bytes = sample(n);
      expect(bytesToBase64(bytes, 6)).toBe(reference(bytes));
    }
  });

  it('encodes in independent pieces that join to the whole encoding', () => {
    const bytes = sample(100_000);
    const pieces = [...base64Chunks(bytes, 3 * 1000)];
    expect(pieces).toHaveLength(34);
    expect(pieces.join('')).toBe(reference(bytes));
  });

  it('encodes a large buffer with the default chunk (no argument-count overflow)', async () => {
    const bytes = sample(3 * 1024 * 1024 + 1);
    const expected = reference(bytes);
    expect(bytesToBase64(bytes)).toBe(expected);
    await expect(bytesToBase64Async(bytes)).resolves.toBe(expected);
  });

  it('refuses a chunk size that would break the encoding', () => {
    expect(() => bytesToBase64(sample(10), 4)).toThrow(RangeError);
    expect(() => base64ToBytes('AAAA', 6)).toThrow(RangeError);
  });

  it('decodes back to the same bytes, padding included', () => {
    for (const n of [0, 1, 2, 3, 100, 4097]) {
      const bytes = sample(n);
      expect(base64ToBytes(reference(bytes), 8)).toEqual(bytes);
    }
  });
});

describe('bytesToBase64 against the byte-by-byte reference', () => {
  it('matches the byte-by-byte encoding around the chunk boundaries', () => {
    for (const size of [0, 1, 2, 3, 4, 32_765, 32_766, 32_767, 32_768, 32_769, 98_305]) {
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i++) bytes[i] = (i * 131 + 7) & 0xff;
      const expected = reference(bytes);
      expect(bytesToBase64(bytes)).toBe(expected);
      expect(Array.from(base64ToBytes(expected)).join(',') === Array.from(bytes).join(',')).toBe(true);
    }
  });

  it('encodes a subarray view, not its whole buffer', () => {
    const whole = Uint8Array.from([1, 2, 3, 4, 5, 6]);
    expect(bytesToBase64(whole.subarray(2, 5))).toBe(reference(Uint8Array.from([3, 4, 5])));
  });
});
