import { createStore } from 'zustand/vanilla';
import type { RemoteInfo, RemoteRole } from '../../../../shared/domain/remote/remoteDevice';
import type { ApiClient } from '../../api/client';
import { type BoundStore, errorMessage, mirrorStatus } from '../../state/bound';

export interface RemoteSettingsState {
  /** null until read once. */
  status: RemoteInfo | null;
  /** Why reading it failed (the last status stays). */
  error: string | null;
  /** Why the last action failed; cleared by the next one. */
  actionError: string | null;
  busy: boolean;
  setEnabled(enabled: boolean): Promise<void>;
  offer(role: RemoteRole): Promise<void>;
  cancelOffer(): Promise<void>;
  confirm(deviceId: string, accept: boolean): Promise<void>;
  revoke(deviceId: string): Promise<void>;
}

/** Settings → 遥控: the remote info (read on every connection, pushed on `remote.info`) and what the PC does with it. */
export function createRemoteSettingsStore(client: ApiClient): BoundStore<RemoteSettingsState> {
  const store = createStore<RemoteSettingsState>((set) => {
    /** Runs one action; its answer (or the push that follows) is the new info. */
    const act = async <T>(run: () => Promise<T>): Promise<T | null> => {
      set({ busy: true, actionError: null });
      try {
        const result = await run();
        set({ busy: false });
        return result;
      } catch (error) {
        set({ busy: false, actionError: errorMessage(error) });
        return null;
      }
    };
    const take = (info: RemoteInfo | null) => {
      if (info) set({ status: info, error: null });
    };
    return {
      status: null,
      error: null,
      actionError: null,
      busy: false,
      async setEnabled(enabled) {
        take(await act(() => client.call('remote.setEnabled', { enabled })));
      },
      async offer(role) {
        const offer = await act(() => client.call('remote.offer', { role }));
        if (offer) set((s) => (s.status ? { status: { ...s.status, offer } } : {}));
      },
      async cancelOffer() {
        take(await act(() => client.call('remote.cancelOffer', {})));
      },
      async confirm(deviceId, accept) {
        take(await act(() => client.call('remote.confirm', { deviceId, accept })));
      },
      async revoke(deviceId) {
        take(await act(() => client.call('remote.revoke', { deviceId })));
      },
    };
  });
  const dispose = mirrorStatus(
    client,
    store,
    (apply) => client.subscribe('remote.info', apply),
    () => client.call('remote.info', {}),
  );
  return { store, dispose };
}
