import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../../api/client';
import { errorMessage, loadOnConnect } from '../../state/bound';

export interface FirstShowState {
  /** Products in the catalog (null until the first answer). */
  productCount: number | null;
  /** Sessions ever started on this PC, live or ended (null until the first answer). */
  sessionCount: number | null;
  /** The user opened the checklist again after the first session. */
  reopened: boolean;
  error: string | null;
  /** Counts again: after a visit to another area, products or shows may have come in. */
  load(): Promise<void>;
  setReopened(open: boolean): void;
}

/** The counts the first-show checklist ticks from that no other store of the console keeps. */
export function createFirstShowStore(client: ApiClient): { store: StoreApi<FirstShowState>; dispose(): void } {
  let token = 0;
  const store = createStore<FirstShowState>((set) => ({
    productCount: null,
    sessionCount: null,
    reopened: false,
    error: null,
    async load() {
      const mine = ++token;
      try {
        const [products, sessions] = await Promise.all([
          client.call('product.list', { limit: 1, offset: 0 }),
          client.call('report.sessions', { limit: 1 }),
        ]);
        if (mine !== token) return;
        set({ productCount: products.total, sessionCount: sessions.total, error: null });
      } catch (error) {
        if (mine === token) set({ error: errorMessage(error) });
      }
    },
    setReopened(open) {
      set({ reopened: open });
    },
  }));
  const offLoad = loadOnConnect(client, () => store.getState().load());
  // A session went live (here or from another window): the first show has happened.
  const offSession = client.subscribe('session.state', () => {
    const count = store.getState().sessionCount;
    if (count === null || count === 0) store.setState({ sessionCount: 1 });
  });
  return {
    store,
    dispose() {
      offLoad();
      offSession();
    },
  };
}
