import type pg from 'pg';

/**
 * A month of sessions for the `hub.results` benchmark, seeded with SQL (generate_series) rather than through
 * the ingest: STORES stores × DAYS days, one 1-hour session each, with its 40 events and the flat result rows
 * and session_reports rows a refresher would have written from them. Every figure is a formula of the store
 * number i and the day d, used both for the events and for the flat rows, so a review recomputed from the
 * events through the hub's real path must give back the seeded rows (the benchmark checks a few).
 */
export const BENCH_FROM_MS = Date.UTC(2026, 10, 1, 2); // 1 November 2026, 10:00 China time

const EVENTS_PER_SESSION = 40;

/** Per-session SQL expressions (columns of `s`: store_id, device_id, i, d, sid, t0). */
const product = (j: number) => `('p' || ((i * 3 + d + ${j}) % 60))`;
const orders = (j: number) => `(1 + (i + d + ${j}) % 5)`;
const VIEWS = '(1000 + (i * 7 + d) % 500)';
const UNIQUE = `(${VIEWS} / 4)`;
const PEAK = '(95 + (i + d) % 50)';
const COUPON = `('c' || (i % 20))`;
const TASK = `('t' || (d % 10))`;
const REACHED = '(50 + (i * 3 + d) % 100)';

interface Template {
  type: string;
  /** ms after the session's start. */
  at: number;
  /** jsonb_build_object arguments besides sessionId and at. */
  fields: string;
}

const cue = (cueId: string, cueType: string, title: string, ids: { product?: string; coupon?: string; task?: string }, extra = '') =>
  `'cueId', '${cueId}', 'cueType', '${cueType}', 'title', ${title}, 'trigger', 'go', 'productId', ${ids.product ?? 'NULL::text'},
   'couponId', ${ids.coupon ?? 'NULL::text'}, 'taskId', ${ids.task ?? 'NULL::text'}, 'plannedStartAt', NULL::bigint,
   'plannedDurationMs', NULL::bigint, 'deadlineAt', NULL::bigint${extra}`;
const counter = (name: string, by: string, productId = 'NULL::text') => `'counter', '${name}', 'by', ${by}, 'productId', ${productId}`;

/** The session's log, in order: 3 products explained 10 min each with their sales, audience, a coupon dropped twice, a task, likes. */
function templates(): Template[] {
  const out: Template[] = [{ type: 'session.started', at: 0, fields: `'showId', 'show-' || (i % 4), 'showName', 'Show ' || (i % 4)` }];
  for (let j = 0; j < 3; j++) {
    const start = j * 600_000 + 1_000;
    out.push(
      { type: 'cue.started', at: start, fields: cue(`cue-p${j}`, 'product', `'Product ' || ${product(j)}`, { product: product(j) }) },
      { type: 'counter.incremented', at: start + 60_000, fields: counter('orders', orders(j), product(j)) },
      { type: 'counter.incremented', at: start + 60_000, fields: counter('buyers', orders(j), product(j)) },
      { type: 'counter.incremented', at: start + 60_000, fields: counter('gmvFen', `${orders(j)} * 9900`, product(j)) },
      { type: 'cue.ended', at: start + 600_000, fields: `'cueId', 'cue-p${j}', 'reason', 'next'` },
    );
  }
  out.push(
    { type: 'counter.incremented', at: 1_900_000, fields: counter('views', VIEWS) },
    { type: 'gauge.read', at: 1_900_000, fields: `'gauge', 'uniqueViewers', 'value', ${UNIQUE}` },
  );
  for (let r = 0; r < 10; r++)
    out.push({ type: 'gauge.read', at: r * 300_000 + 500, fields: `'gauge', 'viewersOnline', 'value', (50 + (i + d) % 50 + ${r * 5})` });
  out.push(
    { type: 'cue.started', at: 1_810_000, fields: cue('cue-c', 'coupon', `'Coupon ' || ${COUPON}`, { coupon: COUPON }) },
    { type: 'coupon.dropped', at: 1_820_000, fields: `'couponId', ${COUPON}, 'quantity', 100, 'claimUntil', NULL::bigint` },
    { type: 'coupon.dropped', at: 1_840_000, fields: `'couponId', ${COUPON}, 'quantity', 100, 'claimUntil', NULL::bigint` },
    { type: 'cue.ended', at: 1_870_000, fields: `'cueId', 'cue-c', 'reason', 'next'` },
    { type: 'cue.started', at: 1_900_000, fields: cue('cue-t', 'task', `'Task ' || ${TASK}`, { task: TASK }, `, 'taskTarget', 100`) },
    { type: 'task.progress', at: 2_000_000, fields: `'taskId', ${TASK}, 'target', 100, 'reached', 40` },
    { type: 'task.progress', at: 2_300_000, fields: `'taskId', ${TASK}, 'target', 100, 'reached', ${REACHED}` },
    { type: 'cue.ended', at: 2_400_000, fields: `'cueId', 'cue-t', 'reason', 'completed'` },
  );
  for (let k = 0; k < 3; k++) out.push({ type: 'counter.incremented', at: 2_500_000 + k * 1_000, fields: counter('likes', '10') });
  out.push({ type: 'session.ended', at: 3_600_000, fields: '' });
  if (out.length !== EVENTS_PER_SESSION) throw new Error(`the seed writes ${out.length} events a session, not ${EVENTS_PER_SESSION}`);
  return out;
}

/** Stores (and a device each), then sessions, events, reviews and flat rows. `receivedAt` must fall in an existing events partition. */
export async function seedResults(client: pg.Client, stores: number, days: number, receivedAt: number): Promise<void> {
  await client.query(
    `INSERT INTO stores (id, code, name, region, grp, created_at)
     SELECT gen_random_uuid(), 'B' || lpad(i::text, 5, '0'), '门店 ' || i, (ARRAY['华东', '华南', '华北', '西南', '华中'])[1 + i % 5],
            (ARRAY['旗舰店', '社区店', '商场店'])[1 + i % 3], $2
       FROM generate_series(1, $1::int) i`,
    [stores, receivedAt],
  );
  const sessions = `SELECT st.id AS store_id, st.id AS device_id, st.i, g.d, 'b-' || st.i || '-' || g.d AS sid,
         ${BENCH_FROM_MS}::bigint + g.d * 86400000::bigint + (st.i % 12) * 3600000::bigint AS t0
    FROM (SELECT id, substr(code, 2)::int AS i FROM stores WHERE code LIKE 'B%') st CROSS JOIN generate_series(0, $1::int - 1) g(d)`;
  await client.query(`CREATE TEMP TABLE bench_sessions AS ${sessions}`, [days]);
  const selects = templates().map(
    (t, n) => `SELECT store_id, device_id, 1, d * ${EVENTS_PER_SESSION} + ${n + 1}, sid || '-' || ${n + 1}, '${t.type}', 1, sid,
       t0 + ${t.at}, ${n + 1}, jsonb_build_object('sessionId', sid, 'at', t0 + ${t.at}${t.fields ? `, ${t.fields}` : ''}), $1::bigint
       FROM bench_sessions`,
  );
  await client.query(
    `INSERT INTO events (store_id, device_id, epoch, seq, event_id, type, schema_version, session_id, wall_time, mono_ms, payload, received_at)
     ${selects.join('\nUNION ALL\n')}`,
    [receivedAt],
  );
  await client.query(
    `INSERT INTO session_reports (store_id, session_id, report, events_counted, computed_at, stale, ended_at)
     SELECT store_id, sid, NULL, ${EVENTS_PER_SESSION}, $1::bigint, false, t0 + 3600000 FROM bench_sessions`,
    [receivedAt],
  );
  const sum = (f: (j: number) => string) => `(${[0, 1, 2].map(f).join(' + ')})`;
  await client.query(
    `INSERT INTO session_results (store_id, session_id, show_id, show_name, started_at, ended_at, duration_ms, live, gmv_fen, orders,
       buyers, views, unique_viewers, peak_viewers, explain_ms, current_cue, viewers_online, computed_at)
     SELECT store_id, sid, 'show-' || (i % 4), 'Show ' || (i % 4), t0, t0 + 3600000, 3600000, false, ${sum(orders)} * 9900,
            ${sum(orders)}, ${sum(orders)}, ${VIEWS}, ${UNIQUE}, ${PEAK}, 1800000, NULL, NULL, $1::bigint
       FROM bench_sessions`,
    [receivedAt],
  );
  await client.query(
    `INSERT INTO session_product_results (store_id, session_id, product_id, title, explain_ms, explain_count, orders, buyers, gmv_fen,
       clicks, platform_buyers)
     ${[0, 1, 2]
       .map(
         (j) => `SELECT store_id, sid, ${product(j)}, 'Product ' || ${product(j)}, 600000, 1, ${orders(j)}, ${orders(j)},
           ${orders(j)} * 9900, NULL::bigint, NULL::bigint FROM bench_sessions`,
       )
       .join('\nUNION ALL\n')}`,
  );
  await client.query(
    `INSERT INTO session_item_results (store_id, session_id, kind, item_id, title, runs, counted, met)
     SELECT store_id, sid, 'coupon', ${COUPON}, 'Coupon ' || ${COUPON}, 2, NULL::boolean, NULL::boolean FROM bench_sessions
     UNION ALL
     SELECT store_id, sid, 'task', ${TASK}, 'Task ' || ${TASK}, 1, true, ${REACHED} >= 100 FROM bench_sessions`,
  );
  await client.query('DROP TABLE bench_sessions');
  await client.query('ANALYZE');
}
