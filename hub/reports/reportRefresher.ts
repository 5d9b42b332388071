import type { HubDb } from '../db/hubDb';
import { storeComputedReport } from './storedSessionReports';

/**
 * Reviews one tick recomputes at most, so a backlog is worked off over several ticks instead of one long one.
 * At the default 2 s interval that is 100 recomputes a second per hub process.
 */
const MAX_PER_TICK = 200;

/** A live session's review is recomputed at most this often: its figures feed the stores page's "live now". */
export const LIVE_REFRESH_MS = 10_000;

export interface ReportRefresher {
  /** Recomputes stale reviews until none is left to claim (or the tick's budget is spent); resolves with how many. */
  refreshStale(): Promise<number>;
  /** Stops the timer and waits for a tick in progress. */
  stop(): Promise<void>;
}

/**
 * Keeps reviews (and the flat result rows written with them) ready in the background. Stateless-safe:
 * each review is claimed with `FOR UPDATE SKIP LOCKED` in its own transaction, so hub processes sharing a
 * database each take different rows and none waits on another. The interval debounces: a burst of
 * batches is one recompute. Oldest computed first.
 * Live sessions too, since the stores page and the results read their figures from the flat rows, but a
 * live one only once its stored review is LIVE_REFRESH_MS old: a session that keeps uploading would
 * otherwise be recomputed every tick. A thousand stores live cost at most 100 recomputes a second (one
 * each per 10 s), which is also the tick budget; the report route still measures a live review to the
 * moment it is read.
 */
export function createReportRefresher(
  db: HubDb,
  clock: () => number,
  intervalMs: number | null,
  maxPerTick = MAX_PER_TICK,
): ReportRefresher {
  let running: Promise<number> | null = null;
  let stopped = false;

  /**
   * Every other claim goes to a live session first, so live figures keep moving while a backlog of ended reviews
   * (after an upgrade marked them all stale, or a fleet catching up) is worked off, and neither starves the other.
   */
  async function refreshOne(liveFirst: boolean): Promise<boolean> {
    return db.transaction(async (tx) => {
      const now = clock();
      const due = now - LIVE_REFRESH_MS;
      const [live] = liveFirst
        ? await tx.query<{ store_id: string; session_id: string }>(
            `SELECT store_id, session_id FROM session_reports
              WHERE stale AND ended_at IS NULL AND (computed_at IS NULL OR computed_at <= $1)
              ORDER BY computed_at NULLS FIRST LIMIT 1 FOR UPDATE SKIP LOCKED`,
            [due],
          )
        : [];
      const [claimed] = live
        ? [live]
        : await tx.query<{ store_id: string; session_id: string }>(
            `SELECT store_id, session_id FROM session_reports
              WHERE stale AND (ended_at IS NOT NULL OR computed_at IS NULL OR computed_at <= $1)
              ORDER BY computed_at NULLS FIRST LIMIT 1 FOR UPDATE SKIP LOCKED`,
            [due],
          );
      if (!claimed) return false;
      await storeComputedReport(tx, claimed.store_id, claimed.session_id, now);
      return true;
    });
  }

  async function refreshStale(): Promise<number> {
    let done = 0;
    while (!stopped && done < maxPerTick && (await refreshOne(done % 2 === 0))) done++;
    return done;
  }

  const timer =
    intervalMs === null
      ? null
      : setInterval(() => {
          if (running) return;
          running = refreshStale()
            // A failed tick (database restarting) is retried on the next one; the rows stay stale meanwhile.
            .catch(() => 0)
            .finally(() => {
              running = null;
            });
        }, intervalMs);
  timer?.unref();

  return {
    refreshStale,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
