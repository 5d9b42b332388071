import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { IMAGE_MAX_BYTES, type ImageInfo, type ImageMime, type ImageRefusal } from '../../../shared/domain/catalog/image';
import type { Clock } from '../clock';
import { DomainError } from '../dispatch/domainError';
import type { EventStore } from '../events/eventStore';
import type { Db } from '../store/database';
import { detectImageMime, extensionOf } from './imageFormat';
import { createImagesDao } from './images.dao';

export interface ImageStoreDeps {
  db: Db;
  events: EventStore;
  clock: Clock;
  dataDir: string;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Content-addressed image files: `<dataDir>/images/ab/<sha256>.<ext>`, one file per distinct content.
 * A file is written to a temporary name, fsynced, read back and re-hashed, then renamed into place,
 * so a crash never leaves a file whose name lies about its content. The `images` row (and its
 * `image.stored` event) is written only after the file is safely in place.
 */
function refused(reason: ImageRefusal, message: string): DomainError {
  return new DomainError('INVALID_PAYLOAD', message, { path: ['dataBase64'], reason });
}

/** The format of bytes the store takes, or the refusal (with its reason) of bytes it does not. */
function acceptedMime(bytes: Uint8Array): ImageMime {
  if (bytes.length === 0) throw refused('IMAGE_EMPTY', 'The image is empty');
  if (bytes.length > IMAGE_MAX_BYTES) throw refused('IMAGE_TOO_LARGE', `The image is ${bytes.length} bytes; the limit is 10 MiB`);
  const mime = detectImageMime(bytes);
  if (!mime) throw refused('IMAGE_NOT_SUPPORTED', 'Not a PNG, JPEG, WebP or GIF image');
  return mime;
}

/** Where an image's bytes live: content-addressed under the data folder (OBS image sources point here). */
export function imageFilePath(dataDir: string, hash: string, mime: ImageMime): string {
  return path.join(dataDir, 'images', hash.slice(0, 2), `${hash}.${extensionOf[mime]}`);
}

export function createImageStore(deps: ImageStoreDeps) {
  const { db, events, clock } = deps;
  const dao = createImagesDao(db);
  const root = path.join(deps.dataDir, 'images');
  const fileOf = (hash: string, mime: ImageMime) => imageFilePath(deps.dataDir, hash, mime);

  async function isIntact(file: string, hash: string, size: number): Promise<boolean> {
    try {
      if ((await stat(file)).size !== size) return false;
      return sha256(await readFile(file)) === hash;
    } catch {
      return false;
    }
  }

  async function writeVerified(file: string, bytes: Uint8Array, hash: string): Promise<void> {
    const dir = path.dirname(file);
    await mkdir(dir, { recursive: true });
    const tmp = path.join(dir, `.${hash}.${randomUUID()}.tmp`);
    try {
      const handle = await open(tmp, 'wx');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      const written = sha256(await readFile(tmp));
      if (written !== hash) throw new Error(`Image write verification failed: wrote ${hash}, read back ${written}`);
      await rename(tmp, file);
      await syncDir(dir);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  return {
    root,
    fileOf,
    /** Which of `hashes` are not in the store. */
    missing: (hashes: readonly string[]) => dao.missing(hashes),

    async store(bytes: Uint8Array): Promise<ImageInfo & { created: boolean }> {
      const mime = acceptedMime(bytes);
      const hash = sha256(bytes);
      const file = fileOf(hash, mime);
      const known = dao.get(hash);
      // Same content again: one file, one row. A missing or damaged file is rewritten from these bytes.
      if (!(await isIntact(file, hash, bytes.length))) await writeVerified(file, bytes, hash);
      if (known) return { ...known, created: false };

      const info: ImageInfo = { hash, mime, bytes: bytes.length, createdAt: clock.now() };
      const inserted = db.transaction(() => {
        if (dao.get(hash)) return false; // stored meanwhile by a concurrent request
        dao.insert(info);
        events.append({ type: 'image.stored', payload: { hash, mime, bytes: bytes.length } });
        return true;
      })();
      return inserted ? { ...info, created: true } : { ...(dao.get(hash) as ImageInfo), created: false };
    },

    /**
     * For a caller that writes several things in ONE transaction (a show package import): checks the
     * bytes and writes (or repairs) the file now, like `store`, and returns `record`, which adds the row
     * and its `image.stored` event synchronously, inside the caller's transaction. If that transaction
     * fails, the file stays behind: content-addressed, so harmless, and reused by the next attempt.
     */
    async stageFile(bytes: Uint8Array): Promise<{ hash: string; mime: ImageMime; record(): { created: boolean } }> {
      const mime = acceptedMime(bytes);
      const hash = sha256(bytes);
      const file = fileOf(hash, mime);
      if (!(await isIntact(file, hash, bytes.length))) await writeVerified(file, bytes, hash);
      return {
        hash,
        mime,
        record() {
          if (dao.get(hash)) return { created: false };
          dao.insert({ hash, mime, bytes: bytes.length, createdAt: clock.now() });
          events.append({ type: 'image.stored', payload: { hash, mime, bytes: bytes.length } });
          return { created: true };
        },
      };
    },

    get(hash: string): ImageInfo {
      const info = dao.get(hash);
      if (!info) throw DomainError.notFound('Image', hash, ['hash']);
      return info;
    },

    /** The bytes of an image, verified against the hash (a damaged file is an error, never served). */
    async read(hash: string): Promise<{ info: ImageInfo; bytes: Buffer }> {
      const info = dao.get(hash);
      if (!info) throw DomainError.notFound('Image', hash, ['hash']);
      const bytes = await readFile(fileOf(hash, info.mime));
      if (sha256(bytes) !== hash) throw new Error(`Image file for ${hash} is damaged (content does not match its hash)`);
      return { info, bytes };
    },
  };
}

export type ImageStore = ReturnType<typeof createImageStore>;

/**
 * Makes a rename durable, on the thread pool (a directory fsync on the main thread held the loop for each image
 * of a package). Directories cannot be opened for fsync on Windows; there NTFS journals it.
 */
async function syncDir(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // not supported on this platform
  } finally {
    await handle?.close();
  }
}
