import { createStore } from 'zustand/vanilla';
import type { SessionView } from '../../../shared/domain/session/sessionView';
import type { Settings } from '../../../shared/domain/settings';
import type { ApiClient } from '../api/client';
import { mergeView } from '../features/live/revision';
import { type BoundStore, loadOnConnect } from '../state/bound';
import { measureClockOffset } from './serverClock';

export interface LiveFeedState {
  /** The session held, newest revision only (an ended one is kept: pages decide what to show for it). */
  view: SessionView | null;
  /** null until the settings have been read once (the overlay's theme, the UI language). */
  settings: Settings | null;
  /** Add to Date.now() for the server's clock. */
  clockOffset: number;
}

/**
 * What the read-only pages (overlay, prompter, phone remote) draw from: the live session (pushed on `session.state`,
 * re-read on every connection, late pushes dropped by revision), the settings (pushed on `settings`) and the
 * server's clock. Calls only what the overlay token may: session.current, settings.get, app.ping.
 */
export interface LiveFeed extends BoundStore<LiveFeedState> {
  /** Takes a view a command returned, if it is newer than the one held. */
  receive(view: SessionView): void;
}

export function createLiveFeed(client: ApiClient): LiveFeed {
  const store = createStore<LiveFeedState>(() => ({ view: null, settings: null, clockOffset: 0 }));
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
      store.setState({ settings });
      const offset = await measureClockOffset(() => client.call('app.ping', { echo: '' }).then((r) => r.serverTime));
      if (token === loads) store.setState({ clockOffset: offset });
    } catch {
      // Offline again: the next connection loads afresh. What is shown stays as it was meanwhile.
    }
  };

  const offState = client.subscribe('session.state', receive);
  const offSettings = client.subscribe('settings', (settings) => store.setState({ settings }));
  const offLoad = loadOnConnect(client, load);
  return {
    store,
    receive,
    dispose() {
      offState();
      offSettings();
      offLoad();
    },
  };
}
