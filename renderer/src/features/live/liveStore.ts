import { createStore, type StoreApi } from 'zustand/vanilla';
import { ApiCallError } from '../../../../shared/api/errors';
import type { Cue, Show } from '../../../../shared/domain/catalog/show';
import type { ObsOutputKind } from '../../../../shared/domain/obsActions';
import type { RuntimeCommand } from '../../../../shared/domain/runtime';
import type { SessionCounter } from '../../../../shared/domain/session/sessionEvents';
import type { GoLiveOutputs, OutputStartResult, SessionPreflight } from '../../../../shared/domain/session/sessionPreflight';
import { applySessionUpdate, type SessionUpdate, type SessionView } from '../../../../shared/domain/session/sessionView';
import type { ApiClient } from '../../api/client';
import { errorMessage, loadOnConnect } from '../../state/bound';
import { coalesce } from '../../state/coalesce';
import { outputsToStart } from './preflightView';
import { isLive, mergeView, shareView } from './revision';

/** The counters the bar offers as one tap each: what matters while talking to the camera. */
export const BAR_TAPS = ['likes', 'newFollowers', 'fanClubJoins'] as const satisfies readonly SessionCounter[];
export type BarTap = (typeof BAR_TAPS)[number];

/** An entry made from the counter bar, kept so the host can take it back in one tap. */
export type BarEntry =
  | { kind: 'tap'; sessionId: string; counter: BarTap }
  | { kind: 'sale'; sessionId: string; orders: number; gmvFen: number; productId: string | null };

/** A failed call as the console shows it: a known reason is translated, the message is the detail. */
export interface LiveProblem {
  reason: string | null;
  message: string;
  /** Changes with each problem, so the view can time a brief notice. */
  at: number;
}

export interface LiveState {
  /** The session held, newest revision only; an ended one means "not live". */
  view: SessionView | null;
  shows: Show[];
  showsLoading: boolean;
  showsError: string | null;
  selectedShowId: string | null;
  starting: boolean;
  /** Why going live failed (stays until the next attempt). */
  startError: LiveProblem | null;
  /** Why the last live command was refused (shown briefly). */
  commandError: LiveProblem | null;
  /** The checks of the selected show (null until the first answer for it). */
  preflight: SessionPreflight | null;
  /** The selected show's cues, to name the cue an issue is about. */
  preflightCues: Cue[];
  preflightLoading: boolean;
  preflightError: string | null;
  /** OBS outputs the operator chose to start when going live. */
  outputs: GoLiveOutputs;
  /** Outputs that failed to start when going live, until dismissed. */
  outputFailures: OutputStartResult[];
  /** Output incidents (stops, reconnects LiveCue did not ask for) the operator has dismissed, by key. */
  dismissedIncidents: string[];
  /** The full-screen on-air view (sidebar hidden); only while a session is live. */
  liveMode: boolean;
  /** The counter bar's last entry, until it is undone or another is made. */
  lastEntry: BarEntry | null;

  loadShows(): Promise<void>;
  selectShow(id: string | null): void;
  /** Runs the preflight of the selected show (again). */
  checkShow(): Promise<void>;
  chooseOutput(kind: ObsOutputKind, on: boolean): void;
  dismissOutputFailures(): void;
  dismissIncidents(keys: readonly string[]): void;
  start(): Promise<void>;
  /** Sends one command to the held session; resolves false when it was refused or failed. */
  command(command: RuntimeCommand): Promise<boolean>;
  /** Re-reads the live session (after a (re)connection). */
  refresh(): Promise<void>;
  /** Takes a whole view (going live, a re-read) if it is newer than the one held or of another session. */
  receive(view: SessionView): void;
  /** Takes a pushed or returned update of the held session if it is newer; one of another session has it re-read. */
  receiveUpdate(update: SessionUpdate): void;
  clearCommandError(): void;
  setLiveMode(on: boolean): void;
  /** +1 on a counter from the bar (undoable). */
  tap(counter: BarTap): Promise<boolean>;
  /** One 成交 entry: orders and amount together, counted to `productId`. */
  sale(orders: number, gmvFen: number, productId: string | null): Promise<boolean>;
  /** Takes the bar's last entry back by sending its negation. */
  undoLastEntry(): Promise<boolean>;
  /** Leaves an ended session's panel for the show picker. */
  closeEnded(): void;
}

function problem(error: unknown): LiveProblem {
  return {
    reason: error instanceof ApiCallError ? (error.reason ?? error.code) : null,
    message: errorMessage(error),
    at: Date.now(),
  };
}

/** The live session as this window sees it: pushes on `session.state`, re-read on every connection. */
export function createLiveStore(client: ApiClient): { store: StoreApi<LiveState>; dispose(): void } {
  let refreshToken = 0;
  // Only the answer for the latest request counts: the operator may switch shows while a check runs.
  let preflightToken = 0;
  const store = createStore<LiveState>((set, get) => ({
    view: null,
    shows: [],
    showsLoading: false,
    showsError: null,
    selectedShowId: null,
    starting: false,
    startError: null,
    commandError: null,
    preflight: null,
    preflightCues: [],
    preflightLoading: false,
    preflightError: null,
    outputs: { stream: false, record: false, virtualCam: false },
    outputFailures: [],
    dismissedIncidents: [],
    liveMode: false,
    lastEntry: null,

    async loadShows() {
      set({ showsLoading: true });
      try {
        const page = await client.call('show.list', { limit: 200, offset: 0 });
        const selected = get().selectedShowId;
        const keep = selected !== null && page.items.some((s) => s.id === selected);
        const next = keep ? selected : (page.items[0]?.id ?? null);
        set({ shows: page.items, showsLoading: false, showsError: null, selectedShowId: next });
        // Shows and OBS may have changed since the last look: check again unless a session is already live.
        if (!isLive(get().view)) void get().checkShow();
      } catch (error) {
        set({ showsLoading: false, showsError: errorMessage(error) });
      }
    },

    selectShow(id) {
      set({ selectedShowId: id, startError: null, preflight: null, preflightCues: [] });
      void get().checkShow();
    },

    async checkShow() {
      const showId = get().selectedShowId;
      const token = ++preflightToken;
      if (showId === null) {
        set({ preflight: null, preflightCues: [], preflightLoading: false, preflightError: null });
        return;
      }
      set({ preflightLoading: true, preflightError: null });
      try {
        const [preflight, cues] = await Promise.all([client.call('session.preflight', { showId }), client.call('cue.list', { showId })]);
        if (token !== preflightToken) return;
        set({ preflight, preflightCues: cues, preflightLoading: false });
      } catch (error) {
        if (token !== preflightToken) return;
        set({ preflightLoading: false, preflightError: errorMessage(error) });
      }
    },

    chooseOutput(kind, on) {
      set((s) => ({ outputs: { ...s.outputs, [kind]: on } }));
    },

    dismissOutputFailures() {
      set({ outputFailures: [] });
    },

    dismissIncidents(keys) {
      set((s) => ({ dismissedIncidents: [...new Set([...s.dismissedIncidents, ...keys])] }));
    },

    async start() {
      const showId = get().selectedShowId;
      if (showId === null || get().starting) return;
      set({ starting: true, startError: null, commandError: null });
      try {
        const outputs = outputsToStart(get().outputs, get().preflight);
        const { outputs: results, ...view } = await client.call('session.start', { showId, outputs });
        get().receive(view);
        set({ starting: false, outputFailures: results.filter((r) => !r.ok) });
      } catch (error) {
        set({ starting: false, startError: problem(error) });
      }
    },

    async command(command) {
      const view = get().view;
      if (view === null) return false;
      try {
        get().receiveUpdate(await client.call('session.command', { sessionId: view.sessionId, command }));
        return true;
      } catch (error) {
        set({ commandError: problem(error) });
        if (error instanceof ApiCallError && error.reason === 'SESSION_NOT_LIVE') void get().refresh();
        return false;
      }
    },

    async refresh() {
      const token = ++refreshToken;
      try {
        const current = await client.call('session.current', {});
        if (token !== refreshToken) return;
        // An ended session's panel stays until the operator leaves it; a live one that is gone is simply gone.
        if (current === null) set((s) => (s.view?.state.phase === 'ended' ? {} : { view: null, liveMode: false, lastEntry: null }));
        else get().receive(current);
      } catch {
        // Offline: the next connection reloads.
      }
    },

    receive(incoming) {
      hold(mergeView(get().view, incoming));
    },

    receiveUpdate(update) {
      const view = applySessionUpdate(get().view, update);
      // A session this window has not read yet (started elsewhere, or while it was away): its cues come whole.
      if (view === null) void reread();
      else hold(view);
    },

    clearCommandError() {
      set({ commandError: null });
    },

    setLiveMode(on) {
      set({ liveMode: on && isLive(get().view) });
    },

    async tap(counter) {
      const sessionId = get().view?.sessionId;
      if (sessionId === undefined || !(await get().command({ type: 'increment', counter, by: 1 }))) return false;
      set({ lastEntry: { kind: 'tap', sessionId, counter } });
      return true;
    },

    async sale(orders, gmvFen, productId) {
      const sessionId = get().view?.sessionId;
      if (sessionId === undefined || !(await get().command({ type: 'sale', orders, gmvFen, productId }))) return false;
      set({ lastEntry: { kind: 'sale', sessionId, orders, gmvFen, productId } });
      return true;
    },

    async undoLastEntry() {
      const entry = get().lastEntry;
      if (entry === null || entry.sessionId !== get().view?.sessionId) return false;
      const undo: RuntimeCommand =
        entry.kind === 'tap'
          ? { type: 'increment', counter: entry.counter, by: -1 }
          : { type: 'sale', orders: -entry.orders, gmvFen: -entry.gmvFen, productId: entry.productId };
      if (!(await get().command(undo))) return false;
      // Cleared only if no other entry was made meanwhile.
      if (get().lastEntry === entry) set({ lastEntry: null });
      return true;
    },

    closeEnded() {
      if (get().view?.state.phase === 'ended') set({ view: null, lastEntry: null });
    },
  }));

  function hold(incoming: SessionView): void {
    store.setState((s) => {
      const view = shareView(s.view, incoming);
      if (view === s.view) return {};
      // Live mode is for a live session only; an entry of another session cannot be undone here.
      const live = isLive(view);
      return {
        view,
        liveMode: s.liveMode && live,
        lastEntry: s.lastEntry?.sessionId === view.sessionId && live ? s.lastEntry : null,
      };
    });
  }
  const reread = coalesce(() => store.getState().refresh());
  const offTopic = client.subscribe('session.state', (update) => store.getState().receiveUpdate(update));
  // OBS connecting, dropping or coming back changes what the checks before going live say: check again.
  let obsState: string | null = null;
  const offObs = client.subscribe('obs.status', (status) => {
    if (status.state === obsState) return;
    obsState = status.state;
    const s = store.getState();
    if (s.selectedShowId !== null && !isLive(s.view)) void s.checkShow();
  });
  const offConnect = loadOnConnect(client, async () => {
    await Promise.all([store.getState().refresh(), store.getState().loadShows()]);
  });
  return {
    store,
    dispose() {
      offTopic();
      offObs();
      offConnect();
    },
  };
}
