import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SessionListCursor, SessionSummary } from '../../../../shared/api/methods/report.methods';
import type { ReportLanguage } from '../../../../shared/domain/report/reportLabels';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import type { ApiClient } from '../../api/client';
import { errorMessage, loadOnConnect } from '../bound';
import { mergeSummary, summaryOfUpdate, summaryWithReport } from './sessionSummary';

export type ExportFormat = 'csv' | 'json';
export type ExportLanguage = ReportLanguage;
export type ExportOutcome = { tone: 'ok'; fileName: string } | { tone: 'error'; message: string };

/** Saves an exported file (a browser download in the app); injected so the store is testable without a DOM. */
export type SaveFile = (file: { fileName: string; mimeType: string; text: string }) => void;

const PAGE = 50;

export interface ReportsState {
  sessions: SessionSummary[];
  /** Sessions stored in all, not just the ones loaded. */
  total: number;
  next: SessionListCursor | null;
  listLoading: boolean;
  listError: string | null;

  selectedId: string | null;
  /** The review of `selectedId` (null while it loads or when it failed). */
  report: SessionReport | null;
  reportLoading: boolean;
  reportError: string | null;

  exporting: ExportFormat | null;
  exportOutcome: ExportOutcome | null;

  /** Reads the first page again, replacing what is held. */
  loadSessions(): Promise<void>;
  loadMore(): Promise<void>;
  select(sessionId: string | null): Promise<void>;
  reloadReport(): Promise<void>;
  exportReport(format: ExportFormat, language: ExportLanguage): Promise<void>;
}

/** The Reports area's data: the session list (keyset pages), the selected session's review, and exports. */
export function createReportsStore(client: ApiClient, save: SaveFile): { store: StoreApi<ReportsState>; dispose(): void } {
  // Answers to superseded requests are dropped: a slow page or review must not overwrite a newer one.
  let listToken = 0;
  let reportToken = 0;

  const store = createStore<ReportsState>((set, get) => ({
    sessions: [],
    total: 0,
    next: null,
    listLoading: false,
    listError: null,
    selectedId: null,
    report: null,
    reportLoading: false,
    reportError: null,
    exporting: null,
    exportOutcome: null,

    async loadSessions() {
      const token = ++listToken;
      set({ listLoading: true });
      try {
        const page = await client.call('report.sessions', { limit: PAGE });
        if (token !== listToken) return;
        set({ sessions: page.items, total: page.total, next: page.next, listLoading: false, listError: null });
      } catch (error) {
        if (token === listToken) set({ listLoading: false, listError: errorMessage(error) });
      }
    },

    async loadMore() {
      const before = get().next;
      if (before === null || get().listLoading) return;
      const token = ++listToken;
      set({ listLoading: true });
      try {
        const page = await client.call('report.sessions', { limit: PAGE, before });
        if (token !== listToken) return;
        set((s) => {
          const held = new Set(s.sessions.map((x) => x.sessionId));
          return {
            sessions: [...s.sessions, ...page.items.filter((x) => !held.has(x.sessionId))],
            total: page.total,
            next: page.next,
            listLoading: false,
            listError: null,
          };
        });
      } catch (error) {
        if (token === listToken) set({ listLoading: false, listError: errorMessage(error) });
      }
    },

    async select(sessionId) {
      if (sessionId === get().selectedId && (get().report !== null || get().reportLoading)) return;
      set({ selectedId: sessionId, report: null, reportError: null, exportOutcome: null });
      await get().reloadReport();
    },

    async reloadReport() {
      const sessionId = get().selectedId;
      const token = ++reportToken;
      if (sessionId === null) {
        set({ reportLoading: false });
        return;
      }
      set({ reportLoading: true, reportError: null });
      try {
        const report = await client.call('report.session', { sessionId });
        if (token !== reportToken) return;
        set({ report, reportLoading: false });
        // Platform files imported since the list was read: its row follows the review.
        const sessions = summaryWithReport(get().sessions, report);
        if (sessions) set({ sessions });
      } catch (error) {
        if (token === reportToken) set({ report: null, reportLoading: false, reportError: errorMessage(error) });
      }
    },

    async exportReport(format, language) {
      const sessionId = get().selectedId;
      if (sessionId === null || get().exporting !== null) return;
      set({ exporting: format, exportOutcome: null });
      try {
        const file = await client.call('report.export', { sessionId, format, language });
        save(file);
        set({ exporting: null, exportOutcome: { tone: 'ok', fileName: file.fileName } });
      } catch (error) {
        set({ exporting: null, exportOutcome: { tone: 'error', message: errorMessage(error) } });
      }
    },
  }));

  // A session going live or ending elsewhere (the Live area, another window) shows up at once.
  const offTopic = client.subscribe('session.state', (update) => {
    const row = summaryOfUpdate(update);
    if (!row) return;
    const s = store.getState();
    const merged = mergeSummary(s.sessions, row, s.next === null);
    if (!merged) return;
    store.setState({ sessions: merged.list, total: s.total + (merged.added ? 1 : 0) });
    // The review of a session that just ended is final now: read it once more.
    const held = s.sessions.find((x) => x.sessionId === row.sessionId);
    if (s.selectedId === row.sessionId && held?.phase === 'live' && row.phase === 'ended') void s.reloadReport();
  });
  // After a reconnection the held review may be stale (a live session went on meanwhile).
  const offConnect = loadOnConnect(client, async () => {
    const s = store.getState();
    await Promise.all([s.loadSessions(), s.selectedId !== null ? s.reloadReport() : undefined]);
  });
  return {
    store,
    dispose() {
      offTopic();
      offConnect();
    },
  };
}
