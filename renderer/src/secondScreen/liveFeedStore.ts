import { createStore } from 'zustand/vanilla';
import { applySessionUpdate, type SessionUpdate, type SessionView } from '../../../shared/domain/session/sessionView';
import type { Settings } from '../../../shared/domain/settings';
import type { ApiClient } from '../api/client';
import { mergeView, shareView } from '../features/live/revision';
import { type BoundStore, loadOnConnect } from '../state/bound';
import { coalesce } from '../state/coalesce';
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
  /** Takes a whole view (a re-read), if it is newer than the one held or of another session. */
  receive(view: SessionView): void;
  /** Takes an update a command returned or the server pushed, if it is newer than the view held. */
  receiveUpdate(update: SessionUpdate): void;
}

export function createLiveFeed(client: ApiClient): LiveFeed {
  const store = createStore<LiveFeedState>(() => ({ view: null, settings: null, clockOffset: 0 }));
  const hold = (incoming: SessionView) =>
    store.setState((s) => {
      const view = shareView(s.view, incoming);
      return view === s.view ? {} : { view };
    });
  const receive = (incoming: SessionView) => hold(mergeView(store.getState().view, incoming));
  // An update of a session not held (it went live after this page loaded): read it whole, cues and all.
  const reread = coalesce(async () => {
    const current = await client.call('session.current', {});
    if (current !== null) receive(current);
  });
  const receiveUpdate = (update: SessionUpdate) => {
    const view = applySessionUpdate(store.getState().view, update);
    if (view === null) void reread();
    else hold(view);
  };

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

  const offState = client.subscribe('session.state', receiveUpdate);
  const offSettings = client.subscribe('settings', (settings) => store.setState({ settings }));
  const offLoad = loadOnConnect(client, load);
  return {
    store,
    receive,
    receiveUpdate,
    dispose() {
      offState();
      offSettings();
      offLoad();
    },
  };
}
