import { createStore } from 'zustand/vanilla';
import type { ApiClient } from '../api/client';
import type { ConnectionStatus, Transport } from '../api/transport';
import type { BoundStore } from './bound';

export interface ConnectionState {
  status: ConnectionStatus;
  transport: Transport['kind'];
  retry(): void;
}

export function createConnectionStore(client: ApiClient): BoundStore<ConnectionState> {
  const store = createStore<ConnectionState>(() => ({
    status: client.connection(),
    transport: client.transportKind,
    retry: () => client.retry(),
  }));
  const off = client.onConnectionChange((status) => store.setState({ status }));
  return { store, dispose: off };
}
