import pg from 'pg';
import { createHub } from '../../hub/createHub';
import { monthPartition } from '../../hub/db/eventPartitions';
import type { ProducerCaller } from '../../hub/http/hubAuth';
import { resultsScope } from '../../hub/results/resultsScope';
import { itemsStatement, productsStatement, sessionFiguresStatement } from '../../hub/results/resultsSql';
import { ResultsResponse } from '../../shared/api/hub/hubConsole';
import { LoginResponse } from '../../shared/api/hub/hubProducer';
import { postgresAvailable, startPostgresCluster } from '../helpers/postgresCluster';
import { type Benchmark, line, percentile } from './benchResult';
import { BENCH_FROM_MS, seedResults } from './resultsBenchSeed';

const STORES = Number(process.env.LIVECUE_BENCH_STORES ?? 1000);
const DAYS = 30;
const WARM_UP = 5;
const SAMPLES = 60;
/** Sessions recomputed through the hub's real review path, to check the seeded flat rows mean what the hub would write. */
const CHECKED = 5;

const QUERY = { from: '2026-11-01', to: '2026-11-30', tzOffsetMinutes: 480 } as const;

/**
 * `hub.results`: results across stores for a 30-day range over STORES stores × 30 days of sessions, through
 * the hub's HTTP route (a listening hub, a producer token, fetch, the JSON parsed), against the same three
 * aggregate statements run raw with `pg` on the same database, side by side in the same run (samples
 * alternate, so machine noise falls on both). Reports p95 of each and their ratio.
 */
export const hubResults: Benchmark = {
  name: 'hub.results',
  async run() {
    if (!postgresAvailable()) {
      console.error('!!! hub.results SKIPPED: it needs PostgreSQL (Debian: apt-get install postgresql).');
      return [];
    }
    const cluster = await startPostgresCluster();
    const databaseUrl = await cluster.createDatabase();
    const hub = await createHub({ database: { kind: 'postgres', url: databaseUrl }, reportRefreshMs: null });
    const client = new pg.Client({ connectionString: databaseUrl });
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    try {
      await client.connect();
      const now = Date.now();
      const { name, from, to } = monthPartition(now);
      await client.query(`CREATE TABLE IF NOT EXISTS ${name} PARTITION OF events FOR VALUES FROM (${from}) TO (${to})`);
      const seedStart = performance.now();
      await seedResults(client, STORES, DAYS, now);
      const seedS = (performance.now() - seedStart) / 1000;
      await checkSeededRows(client, () => hub.refreshReports());

      const url = await hub.listen(0, '127.0.0.1');
      await hub.admin.createAccount({ username: 'bench', password: 'password1', role: 'producer' });
      const login = await fetch(`${url}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'bench', password: 'password1' }),
      });
      const headers = { authorization: `Bearer ${LoginResponse.parse(await login.json()).token}` };
      const search = new URLSearchParams({ ...QUERY, tzOffsetMinutes: String(QUERY.tzOffsetMinutes) });

      let answered: ResultsResponse | null = null;
      let bytes = 0;
      const viaRoute = async () => {
        const res = await fetch(`${url}/v1/results?${search}`, { headers });
        const text = await res.text();
        if (!res.ok) throw new Error(`GET /v1/results: ${res.status} ${text}`);
        bytes = Buffer.byteLength(text);
        answered = JSON.parse(text) as ResultsResponse;
      };
      const everyRegion: ProducerCaller = { kind: 'producer', username: 'bench', displayName: 'bench', role: 'producer', regions: [] };
      const statements = [sessionFiguresStatement, productsStatement, itemsStatement].map((s) => s(resultsScope(everyRegion, QUERY)));
      const raw = async () => {
        await Promise.all(statements.map((s) => pool.query(s.sql, s.params)));
      };

      const route: number[] = [];
      const baseline: number[] = [];
      const time = async (fn: () => Promise<void>, into: number[] | null) => {
        const start = performance.now();
        await fn();
        into?.push(performance.now() - start);
      };
      for (let i = 0; i < WARM_UP; i++) {
        await time(viaRoute, null);
        await time(raw, null);
      }
      for (let i = 0; i < SAMPLES; i++) {
        // Alternate which goes first, so neither always runs on a warmer cache.
        if (i % 2 === 0) {
          await time(viaRoute, route);
          await time(raw, baseline);
        } else {
          await time(raw, baseline);
          await time(viaRoute, route);
        }
      }
      const checked = ResultsResponse.parse(answered);
      if (checked.totals.sessions !== STORES * DAYS || checked.stores.length !== STORES)
        throw new Error(`the route answered ${checked.totals.sessions} sessions at ${checked.stores.length} stores`);
      return [
        line(
          {
            name: 'hub.results',
            value: percentile(route, 95),
            unit: 'ms',
            baseline: 'the same aggregate SQL raw with pg, same database, side by side',
            baselineValue: percentile(baseline, 95),
          },
          {
            p50: percentile(route, 50),
            baselineP50: percentile(baseline, 50),
            stores: STORES,
            sessions: checked.totals.sessions,
            products: checked.products.length,
            responseBytes: bytes,
            samples: SAMPLES,
            seedS,
          },
        ),
      ];
    } finally {
      await client.end().catch(() => {});
      await pool.end().catch(() => {});
      await hub.close();
      await cluster.stop();
    }
  },
};

/** Recomputes a few seeded sessions through the hub's refresher and checks their flat rows come back as seeded. */
async function checkSeededRows(client: pg.Client, refresh: () => Promise<number>): Promise<void> {
  const picked = await client.query<{ store_id: string; session_id: string }>(
    `SELECT store_id, session_id FROM session_results WHERE started_at >= $1 ORDER BY session_id LIMIT ${CHECKED}`,
    [BENCH_FROM_MS],
  );
  const keys = picked.rows.map((r) => [r.store_id, r.session_id]);
  const snapshot = async () => {
    const where = `(store_id, session_id) IN (${keys.map((_, i) => `($${2 * i + 1}::uuid, $${2 * i + 2})`).join(', ')})`;
    const params = keys.flat();
    const read = async (table: string, order: string) =>
      (await client.query(`SELECT * FROM ${table} WHERE ${where} ORDER BY ${order}`, params)).rows.map((row) => {
        const { computed_at: _, ...rest } = row as Record<string, unknown>;
        return rest;
      });
    return JSON.stringify([
      await read('session_results', 'store_id, session_id'),
      await read('session_product_results', 'store_id, session_id, product_id'),
      await read('session_item_results', 'store_id, session_id, kind, item_id'),
    ]);
  };
  const seeded = await snapshot();
  await client.query(
    `UPDATE session_reports SET stale = true WHERE (store_id, session_id) IN (SELECT store_id, session_id FROM session_results
      WHERE started_at >= $1 ORDER BY session_id LIMIT ${CHECKED})`,
    [BENCH_FROM_MS],
  );
  const recomputed = await refresh();
  if (recomputed !== CHECKED) throw new Error(`the refresher recomputed ${recomputed} reviews, expected ${CHECKED}`);
  const computed = await snapshot();
  if (computed !== seeded) throw new Error(`seeded flat rows differ from the hub's own:\nseeded   ${seeded}\ncomputed ${computed}`);
}
