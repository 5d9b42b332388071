import { createStore } from 'zustand/vanilla';
import type { LanguagePreference, Settings, SettingsPatch } from '../../../shared/domain/settings';
import type { ApiClient } from '../api/client';
import { type BoundStore, errorMessage, loadOnConnect } from './bound';

export interface SettingsState {
  /** null until the backend has answered once. */
  settings: Settings | null;
  loadError: string | null;
  saving: boolean;
  saveError: string | null;
  setLanguage(language: LanguagePreference): Promise<void>;
  /** Saves some settings; the answer (or the topic push) replaces them all. */
  update(patch: SettingsPatch): Promise<void>;
}

/** Settings mirror the backend: loaded on (re)connect and replaced by every `settings` topic push. */
export function createSettingsStore(client: ApiClient): BoundStore<SettingsState> {
  const store = createStore<SettingsState>((set, get) => ({
    settings: null,
    loadError: null,
    saving: false,
    saveError: null,
    setLanguage: (language) => get().update({ language }),
    async update(patch) {
      set({ saving: true, saveError: null });
      try {
        const settings = await client.call('settings.update', patch);
        set({ settings, saving: false });
      } catch (error) {
        set({ saving: false, saveError: errorMessage(error) });
      }
    },
  }));

  const offTopic = client.subscribe('settings', (settings) => store.setState({ settings, loadError: null }));
  const offLoad = loadOnConnect(client, async () => {
    try {
      store.setState({ settings: await client.call('settings.get', {}), loadError: null });
    } catch (error) {
      store.setState({ loadError: errorMessage(error) });
    }
  });

  return {
    store,
    dispose() {
      offTopic();
      offLoad();
    },
  };
}
