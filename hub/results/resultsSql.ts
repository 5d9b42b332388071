import type { ResultsScope } from './resultsScope';

/** A statement and its parameters, as the hub runs it (the benchmark runs the same ones raw). */
export interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * The sessions in scope: started in the range, at a store in the regions, group and show asked for.
 * $1 from, $2 to (ms, exclusive), $3 regions (empty = all), $4 group, $5 show name. A range scan on
 * session_results_started; stores are joined by primary key.
 */
const PICKED = `picked AS (
  SELECT r.*, s.code, s.name, s.region, s.grp
    FROM session_results r JOIN stores s ON s.id = r.store_id
   WHERE r.started_at >= $1 AND r.started_at < $2
     AND (cardinality($3::text[]) = 0 OR s.region = ANY ($3::text[]))
     AND ($4::text IS NULL OR s.grp = $4::text)
     AND ($5::text IS NULL OR r.show_name = $5::text))`;

const scopeParams = (scope: ResultsScope): unknown[] => [scope.fromMs, scope.toMs, scope.regions, scope.group, scope.show];

/**
 * Sums over sessions (null when no session had the figure), and for each ratio the sums of its two parts
 * over the sessions that had both, so the ratio is never taken over a part some sessions lack. Sums of
 * bigint are numeric in PostgreSQL; cast back so the driver hands over numbers.
 */
const FIGURES = `count(*) AS sessions,
  sum(gmv_fen)::bigint AS gmv_fen, sum(orders)::bigint AS orders, sum(buyers)::bigint AS buyers, sum(views)::bigint AS views,
  sum(unique_viewers)::bigint AS unique_viewers, max(peak_viewers) AS peak_viewers, sum(explain_ms)::bigint AS explain_ms,
  (sum(gmv_fen) FILTER (WHERE views IS NOT NULL))::bigint AS gpm_gmv,
  (sum(views) FILTER (WHERE gmv_fen IS NOT NULL))::bigint AS gpm_views,
  (sum(gmv_fen) FILTER (WHERE unique_viewers IS NOT NULL))::bigint AS uv_gmv,
  (sum(unique_viewers) FILTER (WHERE gmv_fen IS NOT NULL))::bigint AS uv_viewers,
  (sum(buyers) FILTER (WHERE unique_viewers IS NOT NULL))::bigint AS cv_buyers,
  (sum(unique_viewers) FILTER (WHERE buyers IS NOT NULL))::bigint AS cv_viewers`;

export interface FigureRow {
  sessions: number;
  gmv_fen: number | null;
  orders: number | null;
  buyers: number | null;
  views: number | null;
  unique_viewers: number | null;
  peak_viewers: number | null;
  explain_ms: number | null;
  gpm_gmv: number | null;
  gpm_views: number | null;
  uv_gmv: number | null;
  uv_viewers: number | null;
  cv_buyers: number | null;
  cv_viewers: number | null;
}

/** A row of the sessions statement: one per store, one per day, and the total (`grouped_by` says which). */
export interface SessionFigureRow extends FigureRow {
  grouped_by: 'store' | 'day' | 'total';
  store_code: string | null;
  store_name: string | null;
  region: string | null;
  grp: string | null;
  day: number | null;
}

/** Leaderboard, days and totals in one pass over the sessions in scope. $6 = the reader's offset, ms. */
export function sessionFiguresStatement(scope: ResultsScope): Statement {
  return {
    sql: `WITH ${PICKED}
SELECT CASE WHEN GROUPING(store_id) = 0 THEN 'store' WHEN GROUPING(day) = 0 THEN 'day' ELSE 'total' END AS grouped_by,
       code AS store_code, name AS store_name, region, grp, day, ${FIGURES}
  FROM (SELECT *, ((started_at + $6::bigint) / 86400000)::int AS day FROM picked) r
 GROUP BY GROUPING SETS ((store_id, code, name, region, grp), (day), ())`,
    params: [...scopeParams(scope), scope.offsetMs],
  };
}

export interface ProductRow {
  product_id: string;
  title: string;
  stores: number;
  explain_ms: number;
  explain_count: number;
  orders: number | null;
  buyers: number | null;
  gmv_fen: number | null;
  clicks: number | null;
  cv_buyers: number | null;
  cv_clicks: number | null;
}

/** Products across stores, best selling first. A product's title is the one its latest session used. */
export function productsStatement(scope: ResultsScope): Statement {
  return {
    sql: `WITH ${PICKED}
SELECT p.product_id, (array_agg(p.title ORDER BY r.started_at DESC))[1] AS title, count(DISTINCT p.store_id) AS stores,
       sum(p.explain_ms)::bigint AS explain_ms, sum(p.explain_count)::bigint AS explain_count,
       sum(p.orders)::bigint AS orders, sum(p.buyers)::bigint AS buyers, sum(p.gmv_fen)::bigint AS gmv_fen, sum(p.clicks)::bigint AS clicks,
       (sum(p.platform_buyers) FILTER (WHERE p.clicks IS NOT NULL))::bigint AS cv_buyers,
       (sum(p.clicks) FILTER (WHERE p.platform_buyers IS NOT NULL))::bigint AS cv_clicks
  FROM picked r JOIN session_product_results p ON p.store_id = r.store_id AND p.session_id = r.session_id
 GROUP BY p.product_id
 ORDER BY gmv_fen DESC NULLS LAST, explain_ms DESC, p.product_id COLLATE "C"`,
    params: scopeParams(scope),
  };
}

export interface ItemRow {
  kind: 'coupon' | 'task';
  item_id: string;
  title: string;
  stores: number;
  runs: number;
  met: number;
  counted: number;
}

/** Coupons, then tasks and giveaways, across stores, most run first. */
export function itemsStatement(scope: ResultsScope): Statement {
  return {
    sql: `WITH ${PICKED}
SELECT i.kind, i.item_id, (array_agg(i.title ORDER BY r.started_at DESC))[1] AS title, count(DISTINCT i.store_id) AS stores,
       sum(i.runs)::bigint AS runs, count(*) FILTER (WHERE i.counted AND i.met) AS met, count(*) FILTER (WHERE i.counted) AS counted
  FROM picked r JOIN session_item_results i ON i.store_id = r.store_id AND i.session_id = r.session_id
 GROUP BY i.kind, i.item_id
 ORDER BY i.kind, runs DESC, i.item_id COLLATE "C"`,
    params: scopeParams(scope),
  };
}

export interface SessionListRow {
  session_id: string;
  show_name: string | null;
  started_at: number | null;
  ended_at: number | null;
  duration_ms: number | null;
  live: boolean;
  gmv_fen: number | null;
  peak_viewers: number | null;
}

/** One store's sessions in scope, newest first. $6 = the store's id. */
export function storeSessionsStatement(scope: ResultsScope, storeId: string): Statement {
  return {
    sql: `WITH ${PICKED}
SELECT session_id, show_name, started_at, ended_at, duration_ms, live, gmv_fen, peak_viewers
  FROM picked WHERE store_id = $6::uuid
 ORDER BY started_at DESC, session_id COLLATE "C"`,
    params: [...scopeParams(scope), storeId],
  };
}
