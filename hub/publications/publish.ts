import type { PublishRequest, PublishResponse } from '../../shared/api/hub/hubPublications';
import type { HubDb } from '../db/hubDb';
import type { ProducerCaller } from '../http/hubAuth';
import { HubHttpError } from '../http/hubHttpError';
import { checkedStoreCount, targetColumns } from './publicationTargets';

/** Serialises version numbering per key across hub processes (any constant; the key is hashed in). */
const PUBLISH_LOCK = 7_104_203;

export function publish(db: HubDb, caller: ProducerCaller, request: PublishRequest, now: number): Promise<PublishResponse> {
  return db.transaction(async (tx) => {
    const storeCount = await checkedStoreCount(tx, caller, request.target);
    const hashes = [...new Set(request.content.images.map((i) => i.sha256))];
    const held = await tx.query<{ sha256: string }>('SELECT sha256 FROM images WHERE sha256 = ANY($1::text[])', [hashes]);
    const missing = hashes.filter((h) => !held.some((r) => r.sha256 === h));
    if (missing.length > 0)
      throw HubHttpError.conflict(`Image ${missing[0]} is not on the hub yet: upload it first.`, ['body', 'content', 'images']);
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [PUBLISH_LOCK, request.key]);
    const [previous] = await tx.query<{ version: number | null }>('SELECT max(version) AS version FROM publications WHERE key = $1', [
      request.key,
    ]);
    const version = (previous?.version ?? 0) + 1;
    const target = targetColumns(request.target);
    // Stores show who published ("由 林晓 发布"): the person's name, not their sign-in.
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO publications (kind, key, version, title, target_kind, target_value, content, published_at, published_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9) RETURNING id`,
      [
        request.kind,
        request.key,
        version,
        request.title,
        target.kind,
        target.value,
        JSON.stringify(request.content),
        now,
        caller.displayName || caller.username,
      ],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return { publicationId: row.id, version, storeCount };
  });
}
