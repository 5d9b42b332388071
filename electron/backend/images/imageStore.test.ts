import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IMAGE_MAX_BYTES } from '../../../shared/domain/catalog/image';
import { catalogTestContext, TINY_PNG } from '../../../test/support/backend/catalogTestContext';
import { DomainError } from '../dispatch/domainError';
import { detectImageMime } from './imageFormat';
import { createImageStore } from './imageStore';

let close: (() => void) | undefined;
function setup() {
  const ctx = catalogTestContext();
  close = () => ctx.db.close();
  return { ...ctx, images: createImageStore(ctx) };
}
afterEach(() => close?.());

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function refusal(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('image format detection', () => {
  it('recognises PNG, JPEG, WebP and GIF by their magic bytes and nothing else', () => {
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([1, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);
    expect(detectImageMime(TINY_PNG)).toBe('image/png');
    expect(detectImageMime(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(detectImageMime(webp)).toBe('image/webp');
    expect(detectImageMime(Buffer.from('GIF89a\x01\x00'))).toBe('image/gif');
    expect(detectImageMime(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(detectImageMime(Buffer.from('RIFF\x01\x00\x00\x00WAVEfmt '))).toBeNull();
    expect(detectImageMime(TINY_PNG.subarray(0, 7))).toBeNull();
    expect(detectImageMime(Buffer.alloc(0))).toBeNull();
  });
});

describe('image store', () => {
  it('stores by SHA-256 under images/ab/<hash>.<ext>, with a row and an event', async () => {
    const { images, dataDir, db, eventTypes } = setup();
    const stored = await images.store(TINY_PNG);
    const hash = sha(TINY_PNG);
    expect(stored).toEqual({ hash, mime: 'image/png', bytes: TINY_PNG.length, createdAt: expect.any(Number), created: true });
    const file = path.join(dataDir, 'images', hash.slice(0, 2), `${hash}.png`);
    expect(readFileSync(file)).toEqual(TINY_PNG);
    expect(readdirSync(path.dirname(file))).toEqual([`${hash}.png`]); // no temp file left behind
    expect(db.prepare('SELECT hash, mime, bytes FROM images').all()).toEqual([{ hash, mime: 'image/png', bytes: TINY_PNG.length }]);
    expect(eventTypes()).toEqual(['image.stored']);
    expect(images.get(hash)).toMatchObject({ hash, mime: 'image/png' });
    const read = await images.read(hash);
    expect(read.bytes).toEqual(TINY_PNG);
  });

  it('stores duplicate content once', async () => {
    const { images, dataDir, count, eventTypes } = setup();
    const first = await images.store(TINY_PNG);
    const again = await images.store(Buffer.from(TINY_PNG));
    expect(again).toMatchObject({ hash: first.hash, created: false, createdAt: first.createdAt });
    expect(count('images')).toBe(1);
    expect(eventTypes()).toEqual(['image.stored']);
    expect(readdirSync(path.join(dataDir, 'images', first.hash.slice(0, 2)))).toHaveLength(1);
  });

  it('refuses SVG and other non-images, empty input and anything over 10 MiB, storing nothing', async () => {
    const { images, dataDir, count } = setup();
    const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(await refusal(images.store(svg))).toMatchObject({
      code: 'INVALID_PAYLOAD',
      path: ['dataBase64'],
      message: expect.stringMatching(/PNG, JPEG, WebP or GIF/),
      reason: 'IMAGE_NOT_SUPPORTED',
    });
    expect(await refusal(images.store(Buffer.alloc(0)))).toMatchObject({
      code: 'INVALID_PAYLOAD',
      message: 'The image is empty',
      reason: 'IMAGE_EMPTY',
    });
    const huge = Buffer.alloc(IMAGE_MAX_BYTES + 1);
    TINY_PNG.copy(huge);
    expect(await refusal(images.store(huge))).toMatchObject({
      code: 'INVALID_PAYLOAD',
      message: expect.stringMatching(/10 MiB/),
      reason: 'IMAGE_TOO_LARGE',
    });
    expect(await refusal(images.stageFile(svg))).toMatchObject({ reason: 'IMAGE_NOT_SUPPORTED' });
    const limit = Buffer.alloc(IMAGE_MAX_BYTES);
    TINY_PNG.copy(limit);
    expect((await images.store(limit)).bytes).toBe(IMAGE_MAX_BYTES); // exactly the limit is fine
    expect(count('images')).toBe(1);
    expect(readdirSync(path.join(dataDir, 'images')).length).toBe(1);
  });

  it('verifies content against the hash: a damaged file is never served, and storing the bytes again repairs it', async () => {
    const { images } = setup();
    const { hash } = await images.store(TINY_PNG);
    const file = images.fileOf(hash, 'image/png');
    const damaged = Buffer.from(TINY_PNG);
    damaged[damaged.length - 1] = (damaged[damaged.length - 1] as number) ^ 0xff;
    writeFileSync(file, damaged);
    await expect(images.read(hash)).rejects.toThrow(/damaged/);
    expect((await images.store(TINY_PNG)).created).toBe(false);
    expect(readFileSync(file)).toEqual(TINY_PNG);
    expect((await images.read(hash)).bytes).toEqual(TINY_PNG);
  });

  it('stages a file under a hash the caller already knows, and never takes a wrong one on trust', async () => {
    const { images, dataDir } = setup();
    const staged = await images.stageFile(TINY_PNG, sha(TINY_PNG));
    expect(readFileSync(images.fileOf(staged.hash, 'image/png'))).toEqual(TINY_PNG);
    const wrong = 'ab'.repeat(32);
    await expect(images.stageFile(TINY_PNG, wrong)).rejects.toThrow(/do not match their hash/);
    expect(existsSync(images.fileOf(wrong, 'image/png'))).toBe(false);
    const files = readdirSync(path.join(dataDir, 'images'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.map((e) => e.name)).toEqual([`${staged.hash}.png`]);
  });

  it('says NOT_FOUND for an unknown hash and reports which hashes are missing', async () => {
    const { images } = setup();
    const { hash } = await images.store(TINY_PNG);
    const ghost = '0'.repeat(64);
    expect(() => images.get(ghost)).toThrow(DomainError);
    expect(await refusal(images.read(ghost))).toMatchObject({ code: 'NOT_FOUND', path: ['hash'] });
    expect(images.missing([hash, ghost])).toEqual([ghost]);
    expect(existsSync(images.fileOf(ghost, 'image/png'))).toBe(false);
  });
});
