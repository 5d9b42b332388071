import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';

/** The obvious (slow) encoding, as the reference. */
function reference(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

describe('bytesToBase64', () => {
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
