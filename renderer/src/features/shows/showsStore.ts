import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Cue, CueType, Show, ShowCreate, ShowPatch, ShowWithCues } from '../../../../shared/domain/catalog/show';
import type { ApiClient } from '../../api/client';
import { errorMessage, loadOnConnect } from '../../state/bound';
import { fetchRefInfo } from '../../state/catalog/catalogRefs';
import { type CueRef, cueRefs, type RefInfo, type RefKind, refKey } from './cueModel';
import { applySlot, type CueSlot } from './reorder';

const SHOWS_PAGE_SIZE = 50;

export interface CueInsert {
  type: CueType;
  title?: string;
  config: Record<string, unknown>;
  slot: CueSlot;
}

export interface CueChange {
  id: string;
  type?: CueType;
  title?: string;
  config?: Record<string, unknown>;
}

export interface ShowsState {
  /** Shows loaded so far, most recently changed first. */
  shows: Show[];
  total: number;
  listLoading: boolean;
  listError: string | null;
  selectedId: string | null;
  /** The selected show with its cues in server order. */
  current: ShowWithCues | null;
  currentLoading: boolean;
  currentError: string | null;
  /** Catalog items cues point to, by refKey. */
  refs: Record<string, RefInfo>;
  /** A cue edit in flight (moves, deletes): buttons wait for it. */
  busy: boolean;
  /** Last failed cue action that has no form to show it in. */
  actionError: string | null;

  reloadList(): Promise<void>;
  loadMore(): Promise<void>;
  select(id: string | null): Promise<void>;
  reloadCurrent(): Promise<void>;
  /** Form actions throw the ApiCallError so the form can place field errors. */
  createShow(input: ShowCreate): Promise<Show>;
  updateShow(id: string, patch: ShowPatch): Promise<Show>;
  deleteShow(id: string): Promise<void>;
  /** Copies a show as a new show of this store (how a show from head office is changed) and opens the copy. */
  duplicateShow(id: string): Promise<Show>;
  insertCue(input: CueInsert): Promise<Cue>;
  updateCue(change: CueChange): Promise<Cue>;
  /** Moves and then re-reads the show: order keys are the server's. Resolves false when it failed. */
  moveCue(id: string, slot: CueSlot): Promise<boolean>;
  deleteCue(id: string): Promise<boolean>;
  rememberRef(kind: RefKind, id: string, info: RefInfo): void;
  clearActionError(): void;
}

/** Shows list and the open show's cue list, mirrored from the backend through the client. */
export function createShowsStore(client: ApiClient): { store: StoreApi<ShowsState>; dispose(): void } {
  let listToken = 0;
  let currentToken = 0;

  const store = createStore<ShowsState>((set, get) => {
    /** Loads the catalog items named by cues that are not known yet. */
    async function loadRefs(cues: Cue[]) {
      const wanted = new Map<string, CueRef>();
      for (const cue of cues) for (const ref of cueRefs(cue.type, cue.config)) wanted.set(refKey(ref), ref);
      const known = get().refs;
      const missing = [...wanted.entries()].filter(([key]) => !(key in known));
      if (missing.length === 0) return;
      const loaded = await Promise.all(missing.map(async ([key, ref]) => [key, await fetchRefInfo(client, ref)] as const));
      const found = loaded.filter((entry): entry is [string, RefInfo] => entry[1] !== null);
      set((s) => ({ refs: { ...s.refs, ...Object.fromEntries(found) } }));
    }

    /** Puts a changed show at the top of the list (the list is most recently changed first). */
    function upsertShow(show: Show) {
      set((s) => {
        const had = s.shows.some((x) => x.id === show.id);
        const shows = [show, ...s.shows.filter((x) => x.id !== show.id)];
        const current = s.current?.show.id === show.id ? { ...s.current, show } : s.current;
        return { shows, total: had ? s.total : s.total + 1, current };
      });
    }

    async function reloadCurrent() {
      const id = get().selectedId;
      const token = ++currentToken;
      if (id === null) {
        set({ current: null, currentLoading: false, currentError: null });
        return;
      }
      set({ currentLoading: true });
      try {
        const current = await client.call('show.get', { id });
        if (token !== currentToken) return;
        set({ current, currentLoading: false, currentError: null });
        upsertShowQuiet(current.show);
        await loadRefs(current.cues);
      } catch (error) {
        if (token !== currentToken) return;
        set({ currentLoading: false, currentError: errorMessage(error) });
      }
    }

    /** Refreshes a list row (cue count) without reordering the list. */
    function upsertShowQuiet(show: Show) {
      set((s) => ({ shows: s.shows.map((x) => (x.id === show.id ? show : x)) }));
    }

    async function cueAction(run: () => Promise<unknown>): Promise<boolean> {
      set({ busy: true, actionError: null });
      try {
        await run();
        return true;
      } catch (error) {
        set({ actionError: errorMessage(error) });
        return false;
      } finally {
        await reloadCurrent();
        set({ busy: false });
      }
    }

    return {
      shows: [],
      total: 0,
      listLoading: false,
      listError: null,
      selectedId: null,
      current: null,
      currentLoading: false,
      currentError: null,
      refs: {},
      busy: false,
      actionError: null,

      async reloadList() {
        const token = ++listToken;
        set({ listLoading: true });
        try {
          const limit = Math.max(SHOWS_PAGE_SIZE, get().shows.length);
          const page = await client.call('show.list', { limit: Math.min(limit, 500), offset: 0 });
          if (token !== listToken) return;
          set({ shows: page.items, total: page.total, listLoading: false, listError: null });
        } catch (error) {
          if (token === listToken) set({ listLoading: false, listError: errorMessage(error) });
        }
      },

      async loadMore() {
        const token = ++listToken;
        set({ listLoading: true });
        try {
          const page = await client.call('show.list', { limit: SHOWS_PAGE_SIZE, offset: get().shows.length });
          if (token !== listToken) return;
          set((s) => {
            const seen = new Set(s.shows.map((x) => x.id));
            return { shows: [...s.shows, ...page.items.filter((x) => !seen.has(x.id))], total: page.total, listLoading: false };
          });
        } catch (error) {
          if (token === listToken) set({ listLoading: false, listError: errorMessage(error) });
        }
      },

      async select(id) {
        // A fresh look at the catalog for each opened show: titles may have changed in Products meanwhile.
        if (id !== get().selectedId) set({ selectedId: id, current: null, refs: {}, actionError: null, currentError: null });
        await reloadCurrent();
      },

      reloadCurrent,

      async createShow(input) {
        const show = await client.call('show.create', input);
        upsertShow(show);
        await get().select(show.id);
        return show;
      },

      async updateShow(id, patch) {
        const show = await client.call('show.update', { id, ...patch });
        upsertShow(show);
        return show;
      },

      async deleteShow(id) {
        await client.call('show.delete', { id });
        set((s) => ({
          shows: s.shows.filter((x) => x.id !== id),
          total: Math.max(0, s.total - 1),
          ...(s.selectedId === id ? { selectedId: null, current: null } : {}),
        }));
      },

      async duplicateShow(id) {
        const copy = await client.call('show.duplicate', { id });
        upsertShow(copy);
        await get().select(copy.id);
        return copy;
      },

      async insertCue({ type, title, config, slot }) {
        const showId = get().selectedId;
        if (showId === null) throw new Error('No show is open');
        const cue = await client.call('cue.insert', {
          showId,
          type,
          config,
          afterId: slot.afterId,
          beforeId: slot.beforeId,
          ...(title !== undefined ? { title } : {}),
        });
        await reloadCurrent();
        return cue;
      },

      async updateCue({ id, type, title, config }) {
        const cue = await client.call('cue.update', {
          id,
          ...(type !== undefined ? { type } : {}),
          ...(title !== undefined ? { title } : {}),
          ...(config !== undefined ? { config } : {}),
        });
        await reloadCurrent();
        return cue;
      },

      moveCue(id, slot) {
        // Redraw at once in the expected order; the re-read that follows is the truth.
        set((s) => {
          if (!s.current) return {};
          const order = applySlot(
            s.current.cues.map((c) => c.id),
            id,
            slot,
          );
          const byId = new Map(s.current.cues.map((c) => [c.id, c]));
          const cues = order.map((x) => byId.get(x)).filter((c): c is Cue => c !== undefined);
          return { current: { ...s.current, cues } };
        });
        return cueAction(() => client.call('cue.move', { id, afterId: slot.afterId, beforeId: slot.beforeId }));
      },

      deleteCue(id) {
        return cueAction(() => client.call('cue.delete', { id }));
      },

      rememberRef(kind, id, info) {
        set((s) => ({ refs: { ...s.refs, [refKey({ kind, id })]: info } }));
      },

      clearActionError() {
        set({ actionError: null });
      },
    };
  });

  const off = loadOnConnect(client, async () => {
    await store.getState().reloadList();
    await store.getState().reloadCurrent();
  });
  // A sync turn may have applied a show from head office, in the background: list it. A newer version replaces
  // the store's copy under a new id, so an open copy that went is followed to its replacement (the same publication key).
  let lastSyncAt: number | null = null;
  const offSync = client.subscribe('sync.status', (status) => {
    if (status.lastSyncAt === null || status.lastSyncAt === lastSyncAt) return;
    lastSyncAt = status.lastSyncAt;
    void followSync();
  });
  async function followSync() {
    const { selectedId, current } = store.getState();
    const open = current?.show.id === selectedId ? current?.show : undefined;
    await store.getState().reloadList();
    const { shows, select } = store.getState();
    if (!open?.origin || store.getState().selectedId !== open.id || shows.some((s) => s.id === open.id)) return;
    const key = open.origin.key;
    await select(shows.find((s) => s.origin?.key === key)?.id ?? null);
  }
  return {
    store,
    dispose: () => {
      off();
      offSync();
    },
  };
}
