import { itemNames } from '../../shared/domain/report/itemNames';
import type { SessionReport } from '../../shared/domain/report/sessionReport';
import type { HubQueryable } from '../db/hubDb';

/** One row of session_item_results: a coupon (runs = drops) or a follower task / giveaway. */
interface ItemRow {
  kind: 'coupon' | 'task';
  itemId: string;
  title: string;
  runs: number;
  counted: boolean | null;
  met: boolean | null;
}

/**
 * Replaces a session's flat result rows (session_results and, by cascade, its product and item rows)
 * with the figures of its freshly computed review. Runs in the transaction that stores the review, so
 * the flat rows never disagree with it. Four statements whatever the session's size (arrays, not a loop).
 */
export async function writeSessionResults(
  tx: HubQueryable,
  storeId: string,
  sessionId: string,
  report: SessionReport,
  now: number,
): Promise<void> {
  const { session, totals } = report;
  const names = itemNames(report.cues, report.products);
  await tx.query('DELETE FROM session_results WHERE store_id = $1 AND session_id = $2', [storeId, sessionId]);
  await tx.query(
    `INSERT INTO session_results (store_id, session_id, show_id, show_name, started_at, ended_at, duration_ms, live, gmv_fen, orders,
       buyers, views, unique_viewers, peak_viewers, explain_ms, current_cue, viewers_online, computed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
    [
      storeId,
      sessionId,
      session.showId,
      session.showName,
      session.startedAt,
      session.endedAt,
      session.durationMs,
      session.live,
      totals.gmvFen,
      totals.orders,
      totals.buyers,
      totals.views,
      totals.uniqueViewers,
      totals.peakViewers,
      report.products.reduce((sum, p) => sum + p.totalExplainMs, 0),
      session.live ? onAirCue(report) : null,
      session.live ? latestViewersOnline(report) : null,
      now,
    ],
  );
  const products = report.products;
  if (products.length > 0) {
    await tx.query(
      `INSERT INTO session_product_results (store_id, session_id, product_id, title, explain_ms, explain_count, orders, buyers, gmv_fen,
         clicks, platform_buyers)
       SELECT $1, $2, u.* FROM unnest($3::text[], $4::text[], $5::bigint[], $6::int[], $7::bigint[], $8::bigint[], $9::bigint[],
         $10::bigint[], $11::bigint[]) AS u`,
      [
        storeId,
        sessionId,
        products.map((p) => p.productId),
        products.map((p) => names.product(p.productId)),
        products.map((p) => p.totalExplainMs),
        products.map((p) => p.explainCount),
        products.map((p) => p.orders),
        products.map((p) => p.buyers),
        products.map((p) => p.gmvFen),
        products.map((p) => p.clicks),
        // Conversion is the platform's buyers over its clicks: typed buyers over platform clicks mix two counts.
        products.map((p) => (p.sources.buyers === 'platform' ? p.buyers : null)),
      ],
    );
  }
  const items = itemRows(report, names);
  if (items.length > 0) {
    await tx.query(
      `INSERT INTO session_item_results (store_id, session_id, kind, item_id, title, runs, counted, met)
       SELECT $1, $2, u.* FROM unnest($3::text[], $4::text[], $5::text[], $6::int[], $7::boolean[], $8::boolean[]) AS u`,
      [
        storeId,
        sessionId,
        items.map((i) => i.kind),
        items.map((i) => i.itemId),
        items.map((i) => i.title),
        items.map((i) => i.runs),
        items.map((i) => i.counted),
        items.map((i) => i.met),
      ],
    );
  }
}

/** Coupons by id (the review lists each drop), then tasks and giveaways (one entry each). */
function itemRows(report: SessionReport, names: ReturnType<typeof itemNames>): ItemRow[] {
  const drops = new Map<string, number>();
  for (const c of report.coupons) drops.set(c.couponId, (drops.get(c.couponId) ?? 0) + 1);
  const coupons = [...drops].map(
    ([couponId, runs]): ItemRow => ({ kind: 'coupon', itemId: couponId, title: names.coupon(couponId), runs, counted: null, met: null }),
  );
  const tasks = report.tasks.map(
    (t): ItemRow => ({
      kind: 'task',
      itemId: t.taskId,
      title: names.task(t.taskId),
      // Older reviews did not record runs; progress was logged, so it ran at least once.
      runs: t.runs ?? 1,
      counted: t.counted,
      met: t.counted && t.targetMet,
    }),
  );
  return [...coupons, ...tasks];
}

/** The cue still running in a live session (the latest one opened), by title. */
function onAirCue(report: SessionReport): string | null {
  return report.cues.findLast((c) => c.endedAt === null)?.title ?? null;
}

function latestViewersOnline(report: SessionReport): number | null {
  const reading = report.minutes.findLast((m) => m.viewersOnline !== null)?.viewersOnline ?? null;
  // A minute's reading may come from a platform file as a fraction-free float; the column is a count.
  return reading === null ? null : Math.round(reading);
}
