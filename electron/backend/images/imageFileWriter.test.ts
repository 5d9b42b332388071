import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureImageFile, ImageFileError, stopImageFileWorker } from './imageFileWriter';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const folder = () => mkdtempSync(path.join(tmpdir(), 'livecue-image-files-'));
/** Everything under `dir`, temporary files included. */
const tree = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe('image files written on a worker thread', () => {
  it('writes exactly the bytes of the view it is given, into a folder it makes, and leaves the caller its buffer', async () => {
    const dir = folder();
    const text = 'xxxxPNG-ish bytes of one imageyyyy';
    // A buffer of its own (not from Node's shared pool, which is never moved to another thread, only copied).
    const whole = new Uint8Array(new ArrayBuffer(text.length));
    whole.set(Buffer.from(text));
    const bytes = whole.subarray(4, whole.length - 4);
    const file = path.join(dir, 'images', 'ab', 'one.png');
    expect(await ensureImageFile(file, bytes, sha(bytes))).toBe(true);
    expect(readFileSync(file).toString()).toBe('PNG-ish bytes of one image');
    // Copied, not moved: the caller's buffer is still whole and readable.
    expect(whole.buffer.byteLength).toBe(text.length);
    expect(Buffer.from(whole).toString()).toBe(text);
    expect(tree(dir)).toEqual(['images', path.join('images', 'ab'), path.join('images', 'ab', 'one.png')]);
  });

  it('leaves a file with the right content alone, and rewrites a damaged one', async () => {
    const dir = folder();
    const bytes = Buffer.from('the image');
    const file = path.join(dir, 'img.png');
    await ensureImageFile(file, bytes, sha(bytes));
    const before = statSync(file);
    expect(await ensureImageFile(file, bytes, sha(bytes))).toBe(false);
    expect(statSync(file).ino).toBe(before.ino);

    writeFileSync(file, 'the imagE'); // same size, other content
    expect(await ensureImageFile(file, bytes, sha(bytes))).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('the image');
  });

  it('refuses with the file system’s code when the folder cannot be made, leaving nothing behind', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'images'), 'a file where the folder belongs');
    const bytes = Buffer.from('x');
    const failure = ensureImageFile(path.join(dir, 'images', 'ab', 'x.png'), bytes, sha(bytes));
    await expect(failure).rejects.toBeInstanceOf(ImageFileError);
    await expect(failure).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(tree(dir)).toEqual(['images']);
  });

  it('refuses bytes that do not match their hash, even when a file of that hash is there, writing nothing', async () => {
    const dir = folder();
    const file = path.join(dir, 'img.png');
    const other = Buffer.from('other bytes');
    const wrong = () => ensureImageFile(file, Buffer.from('these bytes'), sha(other));
    await expect(wrong()).rejects.toThrow(/Image bytes do not match their hash/);
    expect(tree(dir)).toEqual([]);
    await ensureImageFile(file, other, sha(other));
    await expect(wrong()).rejects.toThrow(/Image bytes do not match their hash/);
    expect(readFileSync(file, 'utf8')).toBe('other bytes');
  });

  it('starts a new worker for the next file as soon as the worker stops, which the old one’s end does not fail', async () => {
    const dir = folder();
    const bytes = Buffer.from('before');
    await ensureImageFile(path.join(dir, 'a.png'), bytes, sha(bytes));
    const stopping = stopImageFileWorker();
    // Sent while the old worker is still going away.
    const after = Buffer.from('after');
    const write = ensureImageFile(path.join(dir, 'b.png'), after, sha(after));
    await stopping;
    expect(await write).toBe(true);
    expect(readFileSync(path.join(dir, 'b.png'), 'utf8')).toBe('after');
  });
});
