import type { PublicationStatus, PublicationStoreStatus } from '../../shared/api/hub/hubConsole';
import type { PublicationKind, PublicationTarget } from '../../shared/api/hub/hubPublications';
import type { HubQueryable } from '../db/hubDb';
import type { ProducerCaller } from '../http/hubAuth';
import { HubHttpError } from '../http/hubHttpError';

const NEWEST = 200;

/** $1 = the account's regions (empty = every region): the stores it reads. */
const SCOPED_STORES = `SELECT id, code, name, region, grp FROM stores WHERE cardinality($1::text[]) = 0 OR region = ANY($1::text[])`;
/** Publication `p` is for store `s` now (the store side of publicationTargets' visibleTo, by columns). */
const TARGETS = `(p.target_kind = 'all' OR (p.target_kind = 'region' AND p.target_value = s.region)
  OR (p.target_kind = 'group' AND p.target_value = s.grp) OR (p.target_kind = 'store' AND p.target_value = s.code))`;
/**
 * A store's status for a publication: the latest report over its devices still enrolled (a revoked PC's last word no
 * longer speaks for the store), latest by the hub's receive time (a device clock can be wrong), then the device's.
 */
const LATEST_DELIVERY = `SELECT DISTINCT ON (d.store_id, d.publication_id) d.store_id, d.publication_id, d.status, d.reason, d.at
  FROM deliveries d JOIN reach r ON r.store_id = d.store_id AND r.publication_id = d.publication_id
  JOIN devices dev ON dev.store_id = d.store_id AND dev.id = d.device_id AND dev.revoked_at IS NULL
 ORDER BY d.store_id, d.publication_id, d.recorded_at DESC, d.at DESC, d.device_id`;

type PublicationRow = Omit<PublicationStatus, 'target' | 'kind'> & {
  kind: PublicationKind;
  targetKind: string;
  targetValue: string | null;
};

/**
 * Publications newest first with counts of their target stores by latest delivery status. An account
 * limited to regions sees only publications that reach one of its stores, counted over those stores.
 */
export async function publicationsStatus(db: HubQueryable, caller: ProducerCaller): Promise<{ publications: PublicationStatus[] }> {
  const rows = await db.query<PublicationRow>(
    `WITH scoped AS (${SCOPED_STORES}),
     pubs AS (
       SELECT p.* FROM publications p
        WHERE cardinality($1::text[]) = 0 OR EXISTS (SELECT 1 FROM scoped s WHERE ${TARGETS})
        ORDER BY p.id DESC LIMIT $2),
     reach AS (SELECT p.id AS publication_id, s.id AS store_id FROM pubs p JOIN scoped s ON ${TARGETS}),
     latest AS (${LATEST_DELIVERY})
     SELECT p.id, p.kind, p.key, p.version, p.title, p.target_kind AS "targetKind", p.target_value AS "targetValue",
            p.published_at AS "publishedAt", p.published_by AS "publishedBy", count(r.store_id) AS "storeCount",
            count(*) FILTER (WHERE l.status = 'received') AS received, count(*) FILTER (WHERE l.status = 'applied') AS applied,
            count(*) FILTER (WHERE l.status = 'deferred') AS deferred, count(*) FILTER (WHERE l.status = 'failed') AS failed,
            count(r.store_id) FILTER (WHERE l.status IS NULL) AS waiting
       FROM pubs p LEFT JOIN reach r ON r.publication_id = p.id
       LEFT JOIN latest l ON l.store_id = r.store_id AND l.publication_id = r.publication_id
      GROUP BY p.id, p.kind, p.key, p.version, p.title, p.target_kind, p.target_value, p.published_at, p.published_by
      ORDER BY p.id DESC`,
    [caller.regions, NEWEST],
  );
  return { publications: rows.map(({ targetKind, targetValue, ...row }) => ({ ...row, target: target(targetKind, targetValue) })) };
}

/** Each target store of a publication within the account's regions, with its latest status (null: nothing reported yet). */
export async function publicationStores(
  db: HubQueryable,
  caller: ProducerCaller,
  publicationId: number,
): Promise<{ stores: PublicationStoreStatus[] }> {
  const [publication] = await db.query<{ id: number }>('SELECT id FROM publications WHERE id = $1', [publicationId]);
  if (!publication) throw HubHttpError.notFound(`No publication ${publicationId}.`);
  const stores = await db.query<PublicationStoreStatus>(
    `WITH scoped AS (${SCOPED_STORES}),
     reach AS (SELECT p.id AS publication_id, s.id AS store_id FROM publications p JOIN scoped s ON ${TARGETS} WHERE p.id = $2),
     latest AS (${LATEST_DELIVERY})
     SELECT s.code AS "storeCode", s.name AS "storeName", s.region, s.grp AS "group", l.status, l.reason, l.at
       FROM reach r JOIN scoped s ON s.id = r.store_id LEFT JOIN latest l ON l.store_id = r.store_id
      ORDER BY s.region COLLATE "C", s.code COLLATE "C"`,
    [caller.regions, publicationId],
  );
  // Like the list: a regional account does not see publications that reach none of its stores.
  if (stores.length === 0 && caller.regions.length > 0)
    throw HubHttpError.forbidden(`Publication ${publicationId} reaches no store in this account's regions.`);
  return { stores };
}

function target(kind: string, value: string | null): PublicationTarget {
  switch (kind) {
    case 'region':
      return { kind: 'region', region: value ?? '' };
    case 'group':
      return { kind: 'group', group: value ?? '' };
    case 'store':
      return { kind: 'store', storeCode: value ?? '' };
    default:
      return { kind: 'all' };
  }
}
