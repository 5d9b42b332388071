import type { Migration } from './migration';

/**
 * Each session's figures, flat, for results across stores: written with the review it comes from (same
 * transaction), so the leaderboard and the products-across-stores queries aggregate plain columns instead
 * of reading every review's JSON. `started_at` is the device's start time (what a producer calls the
 * session's date); a range is picked on session_results and the per-product and per-item rows are joined
 * to it by key, so they carry no time of their own. Existing reviews are marked stale so the refresher
 * fills these tables.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'session_results',
  statements: [
    `CREATE TABLE session_results (
      store_id uuid NOT NULL,
      session_id text NOT NULL,
      show_id text,
      show_name text,
      started_at bigint,
      ended_at bigint,
      duration_ms bigint,
      live boolean NOT NULL,
      gmv_fen bigint,
      orders bigint,
      buyers bigint,
      views bigint,
      unique_viewers bigint,
      peak_viewers bigint,
      explain_ms bigint NOT NULL,
      current_cue text,
      viewers_online bigint,
      computed_at bigint NOT NULL,
      PRIMARY KEY (store_id, session_id),
      FOREIGN KEY (store_id, session_id) REFERENCES session_reports (store_id, session_id) ON DELETE CASCADE
    )`,
    'CREATE INDEX session_results_started ON session_results (started_at, store_id)',
    `CREATE TABLE session_product_results (
      store_id uuid NOT NULL,
      session_id text NOT NULL,
      product_id text NOT NULL,
      title text NOT NULL,
      explain_ms bigint NOT NULL,
      explain_count integer NOT NULL,
      orders bigint,
      buyers bigint,
      gmv_fen bigint,
      clicks bigint,
      platform_buyers bigint,
      PRIMARY KEY (store_id, session_id, product_id),
      FOREIGN KEY (store_id, session_id) REFERENCES session_results (store_id, session_id) ON DELETE CASCADE
    )`,
    `CREATE TABLE session_item_results (
      store_id uuid NOT NULL,
      session_id text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('coupon', 'task')),
      item_id text NOT NULL,
      title text NOT NULL,
      runs integer NOT NULL,
      counted boolean,
      met boolean,
      PRIMARY KEY (store_id, session_id, kind, item_id),
      FOREIGN KEY (store_id, session_id) REFERENCES session_results (store_id, session_id) ON DELETE CASCADE
    )`,
    `CREATE TABLE device_backlog (
      store_id uuid NOT NULL,
      device_id uuid NOT NULL,
      events_waiting bigint NOT NULL,
      reported_at bigint NOT NULL,
      PRIMARY KEY (store_id, device_id),
      FOREIGN KEY (store_id, device_id) REFERENCES devices (store_id, id)
    )`,
    // The refresher now keeps live reviews too (at most every 10 s each): its queue covers every stale row.
    'DROP INDEX session_reports_stale',
    'CREATE INDEX session_reports_stale ON session_reports (computed_at) WHERE stale',
    // The refresher's live-first claim, and the stores page's newest session per store.
    'CREATE INDEX session_reports_stale_live ON session_reports (computed_at) WHERE stale AND ended_at IS NULL',
    'CREATE INDEX session_results_store_started ON session_results (store_id, started_at DESC)',
    'UPDATE session_reports SET stale = true WHERE report IS NOT NULL',
  ],
};
