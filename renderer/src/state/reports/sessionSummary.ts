import type { SessionSummary } from '../../../../shared/api/methods/report.methods';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import type { SessionUpdate } from '../../../../shared/domain/session/sessionView';

/** The list row a pushed session update stands for, so the list follows a session going live or ending without a re-read. */
export function summaryOfUpdate(update: SessionUpdate): SessionSummary | null {
  const s = update.state;
  // The pushed state is checked only loosely by the contract: a malformed one is ignored, not shown.
  if (typeof s.startedAt !== 'number' || (s.phase !== 'live' && s.phase !== 'ended')) return null;
  return {
    sessionId: update.sessionId,
    showId: s.showId,
    showName: s.showName,
    phase: s.phase,
    startedAt: s.startedAt,
    endedAt: s.endedAt ?? null,
    cueCount: update.cueCount,
    firedCueCount: Object.keys(s.lastRun ?? {}).length,
    // As the list reads it from the database: no GMV entered (the live counters start at 0) is none.
    gmvFen: s.counters?.gmvFen || null,
    // As the list reads it from the database: the peak kept beside the last reading, none before the first.
    peakViewers: s.gauges?.viewersOnline?.peak ?? null,
  };
}

/**
 * Puts a changed row in place, or a new one in newest-first order; null when nothing changes.
 * `complete` says the list holds every page, so a row older than all of them still belongs at the end.
 */
export function mergeSummary(
  list: readonly SessionSummary[],
  row: SessionSummary,
  complete: boolean,
): { list: SessionSummary[]; added: boolean } | null {
  const at = list.findIndex((s) => s.sessionId === row.sessionId);
  if (at >= 0) {
    const held = list[at] as SessionSummary;
    const same =
      held.phase === row.phase &&
      held.endedAt === row.endedAt &&
      held.firedCueCount === row.firedCueCount &&
      held.cueCount === row.cueCount &&
      held.gmvFen === row.gmvFen &&
      held.peakViewers === row.peakViewers;
    if (same) return null;
    const next = list.slice();
    next[at] = row;
    return { list: next, added: false };
  }
  const before = list.findIndex((s) => s.startedAt < row.startedAt || (s.startedAt === row.startedAt && s.sessionId < row.sessionId));
  // Older than every row held: unless the list is complete, it belongs to a page not loaded yet, which will bring it.
  if (before < 0 && !complete) return null;
  const next = list.slice();
  next.splice(before < 0 ? next.length : before, 0, row);
  return { list: next, added: true };
}

/**
 * The list after a review was read: a session whose review uses the platform's files (imported after the list was
 * read) shows the review's GMV and peak viewers, as the list reads them from the database; null when nothing changes.
 */
export function summaryWithReport(list: readonly SessionSummary[], report: SessionReport): SessionSummary[] | null {
  const at = list.findIndex((s) => s.sessionId === report.session.sessionId);
  const held = list[at];
  if (!held) return null;
  const gmvFen = report.sources.totals.gmvFen === 'platform' ? report.totals.gmvFen : held.gmvFen;
  const peakViewers = report.sources.totals.peakViewers === 'platform' ? report.totals.peakViewers : held.peakViewers;
  if (gmvFen === held.gmvFen && peakViewers === held.peakViewers) return null;
  const next = list.slice();
  next[at] = { ...held, gmvFen, peakViewers };
  return next;
}
