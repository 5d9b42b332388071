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
