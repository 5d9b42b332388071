import type { ApiClient } from '../api/client';
import { createAboutStore } from './aboutStore';
import { createConnectionStore } from './connectionStore';
import { createObsStore } from './obsStore';
import { createSettingsStore } from './settingsStore';
import { createStoreStatusStore } from './storeStatusStore';
import { createSyncStore } from './syncStore';

/** Every store of the window, fed by one client. */
export function createAppState(client: ApiClient) {
  const connection = createConnectionStore(client);
  const settings = createSettingsStore(client);
  const about = createAboutStore(client);
  const obs = createObsStore(client);
  const storeStatus = createStoreStatusStore(client);
  const sync = createSyncStore(client);
  return {
    client,
    connection: connection.store,
    settings: settings.store,
    about: about.store,
    obs: obs.store,
    storeStatus: storeStatus.store,
    sync: sync.store,
    dispose() {
      for (const bound of [connection, settings, about, obs, storeStatus, sync]) bound.dispose();
    },
  };
}

export type AppState = ReturnType<typeof createAppState>;
