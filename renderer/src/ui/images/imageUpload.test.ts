import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../../shared/api/errors';
import { IMAGE_MAX_BYTES } from '../../../../shared/domain/catalog/image';
import { bytesToBase64 } from '../../files/base64';
import { encodeWithProgress, uploadImage } from './imageUpload';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const stored = { hash: 'a'.repeat(64), mime: 'image/png' as const, bytes: PNG.length, createdAt: 1, created: true };

describe('encodeWithProgress', () => {
  it('gives the same base64 as encoding at once, reporting progress up to 1', async () => {
    const bytes = new Uint8Array(10_000).map((_, i) => i % 251);
    const seen: number[] = [];
    expect(await encodeWithProgress(bytes, (f) => seen.push(f), 3 * 100)).toBe(bytesToBase64(bytes));
    expect(seen.length).toBeGreaterThan(10);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
  });
});

describe('uploadImage', () => {
  it('sends the bytes as base64 and ends at full progress', async () => {
    const sent: string[] = [];
    const progress: number[] = [];
    const result = await uploadImage(
      new Blob([PNG]),
      async (data) => {
        sent.push(data);
        return stored;
      },
      (f) => progress.push(f),
    );
    expect(result).toEqual({ ok: true, image: stored });
    expect(sent).toEqual([bytesToBase64(PNG)]);
    expect(progress.at(-1)).toBe(1);
  });

  it('refuses a file over 10 MiB without reading or sending it', async () => {
    const big = { size: IMAGE_MAX_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    let sent = false;
    const result = await uploadImage(
      big,
      async () => {
        sent = true;
        return stored;
      },
      () => {},
    );
    expect(result).toEqual({ ok: false, reason: 'IMAGE_TOO_LARGE' });
    expect(sent).toBe(false);
    expect(
      await uploadImage(
        new Blob([]),
        async () => stored,
        () => {},
      ),
    ).toEqual({ ok: false, reason: 'IMAGE_EMPTY' });
  });

  it("passes on the store's reason for bytes that are not an image, and any other failure's message", async () => {
    const notImage = new ApiCallError({
      code: 'INVALID_PAYLOAD',
      message: 'Not a PNG, JPEG, WebP or GIF image',
      reason: 'IMAGE_NOT_SUPPORTED',
    });
    expect(
      await uploadImage(
        new Blob(['<svg/>']),
        () => Promise.reject(notImage),
        () => {},
      ),
    ).toEqual({
      ok: false,
      reason: 'IMAGE_NOT_SUPPORTED',
    });
    expect(
      await uploadImage(
        new Blob([PNG]),
        () => Promise.reject(new Error('disk full')),
        () => {},
      ),
    ).toEqual({
      ok: false,
      reason: 'failed',
      message: 'disk full',
    });
  });
});
