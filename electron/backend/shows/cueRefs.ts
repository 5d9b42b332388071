import type { Db } from '../store/database';

export type CueRefKey = 'productId' | 'couponId' | 'taskId';

/** The first cue whose config points at `id` through `key`, so a delete can say what still uses it. */
export function findCueUsing(db: Db, key: CueRefKey, id: string): { cueId: string; cueTitle: string; showName: string } | undefined {
  return db
    .prepare(
      `SELECT c.id AS cueId, c.title AS cueTitle, s.name AS showName FROM cues c JOIN shows s ON s.id = c.show_id
       WHERE json_extract(c.config, '$.${key}') = ? LIMIT 1`,
    )
    .get(id) as { cueId: string; cueTitle: string; showName: string } | undefined;
}
