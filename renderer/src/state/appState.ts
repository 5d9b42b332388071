import type { ApiClient } from '../api/client';
import { createAboutStore } from './aboutStore';
import { createConnectionStore } from './connectionStore';
import { createObsStore } from './obsStore';
import { createSettingsStore } from './settingsStore';

/** Every store of the window, fed by one client. */
export function createAppState(client: ApiClient) {
  const connection = createConnectionStore(client);
  const settings = createSettingsStore(client);
  const about = createAboutStore(client);
  const obs = createObsStore(client);
  return {
    client,
    connection: connection.store,
    settings: settings.store,
    about: about.store,
    obs: obs.store,
    dispose() {
      for (const bound of [connection, settings, about, obs]) bound.dispose();
    },
  };
}

export type AppState = ReturnType<typeof createAppState>;
