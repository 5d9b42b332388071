import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { AboutState } from './aboutStore';
import type { AppState } from './appState';
import type { ConnectionState } from './connectionStore';
import type { ObsState } from './obsStore';
import type { SettingsState } from './settingsStore';
import type { StoreStatusState } from './storeStatusStore';
import type { SyncStoreState } from './syncStore';

const AppStateContext = createContext<AppState | null>(null);

export function AppStateProvider({ state, children }: { state: AppState; children: ReactNode }) {
  return <AppStateContext.Provider value={state}>{children}</AppStateContext.Provider>;
}

export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState must be used inside <AppStateProvider>');
  return state;
}

export function useConnection<T>(selector: (state: ConnectionState) => T): T {
  return useStore(useAppState().connection, selector);
}

export function useSettings<T>(selector: (state: SettingsState) => T): T {
  return useStore(useAppState().settings, selector);
}

export function useAbout<T>(selector: (state: AboutState) => T): T {
  return useStore(useAppState().about, selector);
}

export function useObs<T>(selector: (state: ObsState) => T): T {
  return useStore(useAppState().obs, selector);
}

export function useStoreStatus<T>(selector: (state: StoreStatusState) => T): T {
  return useStore(useAppState().storeStatus, selector);
}

export function useSync<T>(selector: (state: SyncStoreState) => T): T {
  return useStore(useAppState().sync, selector);
}
