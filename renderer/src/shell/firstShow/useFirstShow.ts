import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../../api/client';
import { useLive } from '../../features/live/useLiveStore';
import { useAppState, useConnection, useObs, useSettings } from '../../state/AppStateContext';
import { checklistShown, type FirstShowStep, firstShowSteps } from './firstShowSteps';
import { createFirstShowStore, type FirstShowState } from './firstShowStore';

/** One per client (per window), kept while the window lives. */
const byClient = new WeakMap<ApiClient, StoreApi<FirstShowState>>();

function firstShowStoreFor(client: ApiClient): StoreApi<FirstShowState> {
  let store = byClient.get(client);
  if (!store) {
    store = createFirstShowStore(client).store;
    byClient.set(client, store);
  }
  return store;
}

export function useFirstShowStore(): StoreApi<FirstShowState> {
  return firstShowStoreFor(useAppState().client);
}

export function useFirstShow<T>(selector: (state: FirstShowState) => T): T {
  return useStore(useFirstShowStore(), selector);
}

/** Whether the checklist is on: until the first session, or reopened. */
export function useChecklistShown(): boolean {
  const sessionCount = useFirstShow((s) => s.sessionCount);
  const reopened = useFirstShow((s) => s.reopened);
  return checklistShown(sessionCount, reopened);
}

/** The steps, ticked from what the backend, OBS and the Live screen say now. */
export function useFirstShowSteps(): FirstShowStep[] {
  const backend = useConnection((s) => s.status.state);
  const obsState = useObs((s) => s.status?.state);
  const obsMissing = useObs((s) => s.status?.missing);
  const showScene = useSettings((s) => s.settings?.obsShowScene ?? null);
  const productCount = useFirstShow((s) => s.productCount);
  const sessionCount = useFirstShow((s) => s.sessionCount);
  const shows = useLive((s) => s.shows);
  const showsLoading = useLive((s) => s.showsLoading);
  const preflightReady = useLive((s) => (s.preflight && s.preflight.showId === s.selectedShowId ? s.preflight.ready : null));
  return firstShowSteps({
    obs: backend === 'connected' && obsState ? obsState : 'unknown',
    showScene,
    obsMissing: obsMissing ?? [],
    productCount,
    showCueCounts: showsLoading && shows.length === 0 ? null : shows.map((s) => s.cueCount),
    preflightReady,
    sessionCount,
  });
}
