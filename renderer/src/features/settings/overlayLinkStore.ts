import { createStore } from 'zustand/vanilla';
import type { OverlayPageInfo } from '../../../../shared/domain/overlayPage';
import type { ApiClient } from '../../api/client';
import { type BoundStore, errorMessage, loadOnConnect } from '../../state/bound';

export interface OverlayLinkState {
  info: OverlayPageInfo | null;
  error: string | null;
  rotating: boolean;
  /** Set after a new link was made, until the next load. */
  rotated: boolean;
  load(): Promise<void>;
  rotate(): Promise<void>;
}

/** The overlay page's link for OBS, read on every connection; a new one on request (the old one stops working). */
export function createOverlayLinkStore(client: ApiClient): BoundStore<OverlayLinkState> {
  const store = createStore<OverlayLinkState>((set) => ({
    info: null,
    error: null,
    rotating: false,
    rotated: false,
    async load() {
      try {
        set({ info: await client.call('overlay.info', {}), error: null, rotated: false });
      } catch (error) {
        set({ error: errorMessage(error) });
      }
    },
    async rotate() {
      set({ rotating: true, error: null });
      try {
        set({ info: await client.call('overlay.rotateToken', {}), rotating: false, rotated: true });
      } catch (error) {
        set({ rotating: false, error: errorMessage(error) });
      }
    },
  }));
  const off = loadOnConnect(client, () => store.getState().load());
  return { store, dispose: off };
}
