import { type ApplyDeps, applyPublication } from './applyPublication';
import type { SyncStateDao } from './syncState.dao';

export interface DownloadDeps extends ApplyDeps {
  state: SyncStateDao;
  /** Events in the outbox the hub has not acknowledged yet: told with each pull, so head office sees a PC falling behind. */
  waiting(): number;
}

const PAGE = 10;
const REPORTS_PER_REQUEST = 100;

/**
 * Pulls what head office published after the cursor, page by page. Each page is recorded as `received` in
 * the same transaction that advances the cursor, so a publication is never skipped nor pulled twice.
 */
export async function pullPublications(deps: DownloadDeps): Promise<number> {
  let pulled = 0;
  for (;;) {
    const sync = deps.state.get();
    if (!sync) return pulled;
    const page = await deps.client.call('publications', {
      token: deps.credential,
      query: { after: sync.publicationCursor, limit: PAGE, waiting: deps.waiting() },
    });
    const now = deps.services.clock.now();
    await deps.gate.run(() =>
      deps.services.db.transaction(() => {
        for (const p of page.publications) deps.inbox.receive(p, now);
        deps.state.setCursor(page.cursor);
      })(),
    );
    pulled += page.publications.length;
    if (!page.more || page.cursor <= sync.publicationCursor) return pulled;
  }
}

/** Applies every publication still waiting (new ones, and deferred ones whose session has ended), oldest first. */
export async function applyWaiting(deps: DownloadDeps): Promise<void> {
  for (const pub of deps.inbox.waiting()) await applyPublication(deps, pub);
}

/** Tells the hub what became of each publication; a status stays unreported until the hub acknowledged it. */
export async function reportDeliveries(deps: DownloadDeps): Promise<void> {
  for (;;) {
    const rows = deps.inbox.unreported(REPORTS_PER_REQUEST);
    if (rows.length === 0) return;
    await deps.client.call('deliveries', {
      token: deps.credential,
      body: { reports: rows.map((r) => ({ publicationId: r.publicationId, status: r.status, reason: r.reason, at: r.updatedAt })) },
    });
    await deps.gate.run(() =>
      deps.services.db.transaction(() => {
        for (const r of rows) deps.inbox.markReported(r);
      })(),
    );
    if (rows.length < REPORTS_PER_REQUEST) return;
  }
}
