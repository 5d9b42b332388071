import type { Cue, CueType, Show } from '../../../shared/domain/catalog/show';
import type { Db } from '../store/database';

interface ShowRow {
  id: string;
  name: string;
  notes: string;
  planned_start_at: number | null;
  created_at: number;
  updated_at: number;
  cue_count: number;
  origin_key: string | null;
  origin_publication_id: number | null;
  origin_version: number | null;
  origin_published_at: number | null;
  origin_published_by: string | null;
}

interface CueRow {
  id: string;
  show_id: string;
  order_key: string;
  type: CueType;
  title: string;
  config: string;
  created_at: number;
  updated_at: number;
}

const SHOW_COLUMNS =
  'id, name, notes, planned_start_at, created_at, updated_at, (SELECT count(*) FROM cues c WHERE c.show_id = shows.id) AS cue_count, ' +
  'o.key AS origin_key, o.publication_id AS origin_publication_id, o.version AS origin_version, o.published_at AS origin_published_at, o.published_by AS origin_published_by';
// A show with a hub_origin row came from head office (总部下发).
const SHOWS = "shows LEFT JOIN hub_origin o ON o.kind = 'show' AND o.local_id = shows.id";
const CUE_COLUMNS = 'id, show_id, order_key, type, title, config, created_at, updated_at';

export type ShowRecord = Omit<Show, 'cueCount' | 'origin'>;

export function createShowsDao(db: Db) {
  const showById = db.prepare<[string], ShowRow>(`SELECT ${SHOW_COLUMNS} FROM ${SHOWS} WHERE id = ?`);
  const insertShow = db.prepare(
    'INSERT INTO shows (id, name, notes, planned_start_at, created_at, updated_at) VALUES (@id, @name, @notes, @plannedStartAt, @createdAt, @updatedAt)',
  );
  const updateShow = db.prepare(
    'UPDATE shows SET name = @name, notes = @notes, planned_start_at = @plannedStartAt, updated_at = @updatedAt WHERE id = @id',
  );
  const touchShow = db.prepare<[number, string]>('UPDATE shows SET updated_at = ? WHERE id = ?');
  const deleteShow = db.prepare<[string]>('DELETE FROM shows WHERE id = ?');
  const showPage = db.prepare<[number, number], ShowRow>(
    `SELECT ${SHOW_COLUMNS} FROM ${SHOWS} ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?`,
  );
  const showCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM shows');

  const cueById = db.prepare<[string], CueRow>(`SELECT ${CUE_COLUMNS} FROM cues WHERE id = ?`);
  const cuesOf = db.prepare<[string], CueRow>(`SELECT ${CUE_COLUMNS} FROM cues WHERE show_id = ? ORDER BY order_key`);
  const cueIdsOf = db.prepare<[string], { id: string }>('SELECT id FROM cues WHERE show_id = ? ORDER BY order_key');
  const insertCue = db.prepare(
    `INSERT INTO cues (${CUE_COLUMNS}) VALUES (@id, @show_id, @order_key, @type, @title, @config, @created_at, @updated_at)`,
  );
  const updateCue = db.prepare(
    'UPDATE cues SET order_key = @order_key, type = @type, title = @title, config = @config, updated_at = @updated_at WHERE id = @id',
  );
  const deleteCue = db.prepare<[string]>('DELETE FROM cues WHERE id = ?');
  // Neighbour keys, skipping the cue being moved (`except`).
  const firstKey = db.prepare<[string, string], { k: string }>(
    'SELECT order_key AS k FROM cues WHERE show_id = ? AND id <> ? ORDER BY order_key LIMIT 1',
  );
  const lastKey = db.prepare<[string, string], { k: string }>(
    'SELECT order_key AS k FROM cues WHERE show_id = ? AND id <> ? ORDER BY order_key DESC LIMIT 1',
  );
  const keyAfter = db.prepare<[string, string, string], { k: string }>(
    'SELECT order_key AS k FROM cues WHERE show_id = ? AND order_key > ? AND id <> ? ORDER BY order_key LIMIT 1',
  );
  const keyBefore = db.prepare<[string, string, string], { k: string }>(
    'SELECT order_key AS k FROM cues WHERE show_id = ? AND order_key < ? AND id <> ? ORDER BY order_key DESC LIMIT 1',
  );

  const cueToRow = (c: Cue): CueRow => ({
    id: c.id,
    show_id: c.showId,
    order_key: c.orderKey,
    type: c.type,
    title: c.title,
    config: JSON.stringify(c.config),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  });

  return {
    getShow(id: string): Show | undefined {
      const row = showById.get(id);
      return row && showFromRow(row);
    },
    insertShow(s: ShowRecord): void {
      insertShow.run(s);
    },
    updateShow(s: ShowRecord): void {
      updateShow.run(s);
    },
    touchShow(id: string, now: number): void {
      touchShow.run(now, id);
    },
    deleteShow(id: string): void {
      deleteShow.run(id);
    },
    listShows(limit: number, offset: number): { items: Show[]; total: number } {
      return { items: showPage.all(limit, offset).map(showFromRow), total: showCount.get()?.n ?? 0 };
    },

    getCue(id: string): Cue | undefined {
      const row = cueById.get(id);
      return row && cueFromRow(row);
    },
    cuesOf(showId: string): Cue[] {
      return cuesOf.all(showId).map(cueFromRow);
    },
    cueIdsOf(showId: string): string[] {
      return cueIdsOf.all(showId).map((r) => r.id);
    },
    insertCue(c: Cue): void {
      insertCue.run(cueToRow(c));
    },
    updateCue(c: Cue): void {
      updateCue.run(cueToRow(c));
    },
    deleteCue(id: string): void {
      deleteCue.run(id);
    },
    firstKey: (showId: string, except = '') => firstKey.get(showId, except)?.k ?? null,
    lastKey: (showId: string, except = '') => lastKey.get(showId, except)?.k ?? null,
    keyAfter: (showId: string, key: string, except = '') => keyAfter.get(showId, key, except)?.k ?? null,
    keyBefore: (showId: string, key: string, except = '') => keyBefore.get(showId, key, except)?.k ?? null,
  };
}

function showFromRow(row: ShowRow): Show {
  return {
    id: row.id,
    name: row.name,
    notes: row.notes,
    plannedStartAt: row.planned_start_at,
    cueCount: row.cue_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    origin:
      row.origin_publication_id === null
        ? null
        : {
            key: row.origin_key ?? '',
            publicationId: row.origin_publication_id,
            version: row.origin_version ?? 1,
            publishedAt: row.origin_published_at ?? 0,
            publishedBy: row.origin_published_by ?? '',
          },
  };
}

function cueFromRow(row: CueRow): Cue {
  return {
    id: row.id,
    showId: row.show_id,
    orderKey: row.order_key,
    type: row.type,
    title: row.title,
    config: JSON.parse(row.config) as Record<string, unknown>,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
