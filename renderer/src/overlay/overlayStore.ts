import { createStore } from 'zustand/vanilla';
import type { OverlayTheme } from '../../../shared/domain/overlay/overlayTheme';
import type { SessionView } from '../../../shared/domain/session/sessionView';
import type { ApiClient } from '../api/client';
import { mergeView } from '../features/live/revision';
import { type BoundStore, loadOnConnect } from '../state/bound';
import { measureClockOffset } from './serverClock';

export interface OverlayState {
  /** The session held, newest revision only (an ended one shows nothing). */
  view: SessionView | null;
  /** null until the settings have been read once: nothing is drawn in colours that are not the user's. */
  theme: OverlayTheme | null;
  /** Add to Date.now() for the server's clock. */
  clockOffset: number;
}

/**
 * What the overlay page draws from: the live session (pushed on `session.state`, re-read on every connection, late
 * pushes dropped by revision), the theme (pushed on `settings`) and the server's clock. Calls only what the overlay
 * token may: session.current, settings.get, app.ping.
 */
export function createOverlayStore(client: ApiClient): BoundStore<OverlayState> {
  const store = createStore<OverlayState>(() => ({ view: null, theme: null, clockOffset: 0 }));
  const receive = (incoming: SessionView) =>
    store.setState((s) => {
      const view = mergeView(s.view, incoming);
      return view === s.view ? {} : { view };
    });

  let loads = 0;
  const load = async () => {
    const token = ++loads;
    try {
      const [current, settings] = await Promise.all([client.call('session.current', {}), client.call('settings.get', {})]);
      if (token !== loads) return;
      if (current === null) store.setState({ view: null });
      else receive(current);
      store.setState({ theme: settings.overlayTheme });
      const offset = await measureClockOffset(() => client.call('app.ping', { echo: '' }).then((r) => r.serverTime));
      if (token === loads) store.setState({ clockOffset: offset });
    } catch {
      // Offline again: the next connection loads afresh. The picture on stream stays as it was meanwhile.
    }
  };

  const offState = client.subscribe('session.state', receive);
  const offSettings = client.subscribe('settings', (settings) => store.setState({ theme: settings.overlayTheme }));
  const offLoad = loadOnConnect(client, load);
  return {
    store,
    dispose() {
      offState();
      offSettings();
      offLoad();
    },
  };
}
