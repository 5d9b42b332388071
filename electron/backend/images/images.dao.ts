import type { ImageInfo, ImageMime } from '../../../shared/domain/catalog/image';
import type { Db } from '../store/database';

interface ImageRow {
  hash: string;
  mime: ImageMime;
  bytes: number;
  created_at: number;
}

export function createImagesDao(db: Db) {
  const byHash = db.prepare<[string], ImageRow>('SELECT hash, mime, bytes, created_at FROM images WHERE hash = ?');
  const existing = db.prepare<[string], { hash: string }>('SELECT hash FROM images WHERE hash IN (SELECT value FROM json_each(?))');
  const insert = db.prepare<[string, string, number, number]>('INSERT INTO images (hash, mime, bytes, created_at) VALUES (?, ?, ?, ?)');
  return {
    get(hash: string): ImageInfo | undefined {
      const row = byHash.get(hash);
      return row && { hash: row.hash, mime: row.mime, bytes: row.bytes, createdAt: row.created_at };
    },
    /** Which of `hashes` the store does not hold. */
    missing(hashes: readonly string[]): string[] {
      if (hashes.length === 0) return [];
      const found = new Set(existing.all(JSON.stringify(hashes)).map((r) => r.hash));
      return hashes.filter((h) => !found.has(h));
    },
    insert(info: ImageInfo): void {
      insert.run(info.hash, info.mime, info.bytes, info.createdAt);
    },
  };
}

export type ImagesDao = ReturnType<typeof createImagesDao>;
