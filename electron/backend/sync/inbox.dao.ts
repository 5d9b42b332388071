import type { DeliveryStatus, Publication, PublicationContent, PublicationKind } from '../../../shared/api/hub/hubPublications';
import type { Db } from '../store/database';

/** A publication pulled from the hub and what became of it here. */
export interface InboxPublication {
  publicationId: number;
  kind: PublicationKind;
  key: string;
  version: number;
  title: string;
  publishedAt: number;
  publishedBy: string;
  status: DeliveryStatus;
  reason: string | null;
  content: PublicationContent;
  updatedAt: number;
}

interface InboxRow {
  publication_id: number;
  kind: PublicationKind;
  key: string;
  version: number;
  title: string;
  published_at: number;
  published_by: string;
  status: DeliveryStatus;
  reason: string | null;
  content: string;
  reported: number;
  updated_at: number;
}

/** Head-office provenance of a local show or coupon. */
export interface HubOrigin {
  kind: 'show' | 'coupon';
  key: string;
  localId: string;
  publicationId: number;
  version: number;
  publishedAt: number;
  publishedBy: string;
}

export function createInboxDao(db: Db) {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO publication_inbox (publication_id, kind, key, version, title, published_at, published_by, status, reason, content, reported, updated_at)
     VALUES (@id, @kind, @key, @version, @title, @publishedAt, @publishedBy, 'received', NULL, @content, 0, @now)`,
  );
  const waiting = db.prepare<[], InboxRow>(
    "SELECT * FROM publication_inbox WHERE status IN ('received', 'deferred') ORDER BY publication_id",
  );
  // A status or reason that did not change is not reported again (a deferred publication is checked every turn).
  const setStatus = db.prepare<[string, string | null, number, number, string, string | null]>(
    `UPDATE publication_inbox SET status = ?, reason = ?, reported = 0, updated_at = ?
      WHERE publication_id = ? AND (status <> ? OR coalesce(reason, '') <> coalesce(?, ''))`,
  );
  // Once applied, the content lives in the show and catalog tables; the copy here is only weight.
  const dropContent = db.prepare<[number]>("UPDATE publication_inbox SET content = '{}' WHERE publication_id = ?");
  const unreported = db.prepare<[number], InboxRow>('SELECT * FROM publication_inbox WHERE reported = 0 ORDER BY publication_id LIMIT ?');
  const markReported = db.prepare<[number, string, number]>(
    'UPDATE publication_inbox SET reported = 1 WHERE publication_id = ? AND status = ? AND updated_at = ?',
  );
  const counts = db.prepare<[], { status: DeliveryStatus; n: number }>(
    'SELECT status, count(*) AS n FROM publication_inbox GROUP BY status',
  );

  const originGet = db.prepare<[string, string], OriginRow>('SELECT * FROM hub_origin WHERE kind = ? AND key = ?');
  const originUpsert = db.prepare(
    `INSERT INTO hub_origin (kind, key, local_id, publication_id, version, published_at, published_by)
     VALUES (@kind, @key, @localId, @publicationId, @version, @publishedAt, @publishedBy)
     ON CONFLICT (kind, key) DO UPDATE SET local_id = excluded.local_id, publication_id = excluded.publication_id,
       version = excluded.version, published_at = excluded.published_at, published_by = excluded.published_by`,
  );

  return {
    receive(p: Publication, now: number): void {
      const { id, kind, key, version, title, publishedAt, publishedBy } = p;
      insert.run({ id, kind, key, version, title, publishedAt, publishedBy, content: JSON.stringify(p.content), now });
    },
    waiting(): InboxPublication[] {
      return waiting.all().map(fromRow);
    },
    setStatus(publicationId: number, status: DeliveryStatus, reason: string | null, now: number): void {
      setStatus.run(status, reason, now, publicationId, status, reason);
      if (status === 'applied') dropContent.run(publicationId);
    },
    unreported(limit: number): InboxPublication[] {
      return unreported.all(limit).map(fromRow);
    },
    /** Only if nothing changed since the report was built; a newer status is reported next time. */
    markReported(p: Pick<InboxPublication, 'publicationId' | 'status' | 'updatedAt'>): void {
      markReported.run(p.publicationId, p.status, p.updatedAt);
    },
    counts(): Record<DeliveryStatus, number> {
      const out: Record<DeliveryStatus, number> = { received: 0, applied: 0, deferred: 0, failed: 0 };
      for (const row of counts.all()) out[row.status] = row.n;
      return out;
    },
    origin(kind: HubOrigin['kind'], key: string): HubOrigin | null {
      const row = originGet.get(kind, key);
      return row ? originFromRow(row) : null;
    },
    setOrigin(origin: HubOrigin): void {
      originUpsert.run(origin);
    },
  };
}

export type InboxDao = ReturnType<typeof createInboxDao>;

interface OriginRow {
  kind: HubOrigin['kind'];
  key: string;
  local_id: string;
  publication_id: number;
  version: number;
  published_at: number;
  published_by: string;
}

function originFromRow(r: OriginRow): HubOrigin {
  return {
    kind: r.kind,
    key: r.key,
    localId: r.local_id,
    publicationId: r.publication_id,
    version: r.version,
    publishedAt: r.published_at,
    publishedBy: r.published_by,
  };
}

function fromRow(r: InboxRow): InboxPublication {
  return {
    publicationId: r.publication_id,
    kind: r.kind,
    key: r.key,
    version: r.version,
    title: r.title,
    publishedAt: r.published_at,
    publishedBy: r.published_by,
    status: r.status,
    reason: r.reason,
    content: JSON.parse(r.content) as PublicationContent,
    updatedAt: r.updated_at,
  };
}
