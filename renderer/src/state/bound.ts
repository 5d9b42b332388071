import type { StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../api/client';

/** A store wired to the client, with the teardown of that wiring. */
export interface BoundStore<S> {
  store: StoreApi<S>;
  dispose(): void;
}

/** Loads now if connected, and again on every (re)connection, so no store shows stale data after a drop. */
export function loadOnConnect(client: ApiClient, load: () => Promise<void>): () => void {
  if (client.connection().state === 'connected') void load();
  return client.onReconnect(() => void load());
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Mirrors one status from the backend into `store`: fetched on (re)connect, replaced by every push of its topic
 * (`follow`); a failed fetch keeps the last status and says why. Returns the teardown.
 */
export function mirrorStatus<V>(
  client: ApiClient,
  store: { setState(patch: { status: V; error: null } | { error: string }): void },
  follow: (apply: (status: V) => void) => () => void,
  fetch: () => Promise<V>,
): () => void {
  const offTopic = follow((status) => store.setState({ status, error: null }));
  const offLoad = loadOnConnect(client, async () => {
    try {
      store.setState({ status: await fetch(), error: null });
    } catch (error) {
      store.setState({ error: errorMessage(error) });
    }
  });
  return () => {
    offTopic();
    offLoad();
  };
}
