import { createHash } from 'node:crypto';
import type { HubQueryable } from '../db/hubDb';
import { HubHttpError } from '../http/hubHttpError';

export async function missingImages(db: HubQueryable, hashes: string[]): Promise<{ missing: string[] }> {
  const held = await db.query<{ sha256: string }>('SELECT sha256 FROM images WHERE sha256 = ANY($1::text[])', [hashes]);
  const heldSet = new Set(held.map((r) => r.sha256));
  return { missing: [...new Set(hashes)].filter((h) => !heldSet.has(h)) };
}

/** Stores an image under its SHA-256 after checking the bytes hash to it. Uploading it again changes nothing. */
export async function uploadImage(db: HubQueryable, upload: { sha256: string; mime: string; base64: string }, now: number) {
  const bytes = Buffer.from(upload.base64, 'base64');
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== upload.sha256) throw HubHttpError.invalid(`The bytes hash to ${actual}, not ${upload.sha256}.`, ['body', 'sha256']);
  const rows = await db.query(
    'INSERT INTO images (sha256, mime, size, bytes, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (sha256) DO NOTHING RETURNING 1',
    [upload.sha256, upload.mime, bytes.length, bytes, now],
  );
  return { sha256: upload.sha256, created: rows.length > 0 };
}
