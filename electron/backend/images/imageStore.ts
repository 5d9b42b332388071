import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { IMAGE_MAX_BYTES, type ImageInfo, type ImageMime, type ImageRefusal } from '../../../shared/domain/catalog/image';
import type { Clock } from '../clock';
import { DomainError } from '../dispatch/domainError';
import type { EventStore } from '../events/eventStore';
import type { Db } from '../store/database';
import { ensureImageFile } from './imageFileWriter';
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
 * Content-addressed image files: `<dataDir>/images/ab/<sha256>.<ext>`, one file per distinct content, written and
 * verified on a worker thread (see ensureImageFile). The `images` row (and its `image.stored` event) is written only
 * after the file is safely in place.
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
      await ensureImageFile(file, bytes, hash);
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
     * `knownHash`: the bytes' SHA-256 when the caller has it already (a package names each image by it); the file
     * writer refuses bytes that do not match it, so it is never taken on trust.
     */
    async stageFile(bytes: Uint8Array, knownHash?: string): Promise<{ hash: string; mime: ImageMime; record(): { created: boolean } }> {
      const mime = acceptedMime(bytes);
      const hash = knownHash ?? sha256(bytes);
      await ensureImageFile(fileOf(hash, mime), bytes, hash);
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
