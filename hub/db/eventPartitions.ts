import type { HubDb } from './hubDb';

/** The UTC month holding `at`: its partition name and [from, to) bounds in epoch ms. */
export function monthPartition(at: number): { name: string; from: number; to: number } {
  const d = new Date(at);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  return {
    name: `events_${year}_${String(month + 1).padStart(2, '0')}`,
    from: Date.UTC(year, month, 1),
    to: Date.UTC(year, month + 1, 1),
  };
}

/** Any constant: serialises partition creation across hub processes sharing one database. */
const PARTITION_LOCK = 7_104_202;

/**
 * Makes sure the month partition for a receive time exists. Idempotent, and safe when several hub
 * processes race: creation happens under an advisory lock, in its own short transaction (DDL on the
 * parent must not sit inside an ingest). Months already seen by this process are remembered.
 */
export function createEventPartitions(db: HubDb) {
  const known = new Set<string>();
  return async function ensurePartition(receivedAt: number): Promise<void> {
    const { name, from, to } = monthPartition(receivedAt);
    if (known.has(name)) return;
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [PARTITION_LOCK]);
      // Bounds are integers we computed; DDL cannot take bind parameters.
      await tx.query(`CREATE TABLE IF NOT EXISTS ${name} PARTITION OF events FOR VALUES FROM (${from}) TO (${to})`);
    });
    known.add(name);
  };
}
