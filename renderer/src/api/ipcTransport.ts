import type { LiveCueBridge } from '../../../shared/api/bridge';
import { fail } from '../../../shared/api/errors';
import type { ConnectionStatus, Transport } from './transport';

const CONNECTED: ConnectionStatus = { state: 'connected' };

/** Electron IPC through the preload bridge. The main process is always there, so it is always connected. */
export function createIpcTransport(bridge: LiveCueBridge): Transport {
  return {
    kind: 'ipc',
    async invoke(method, payload) {
      try {
        return await bridge.invoke(method, payload);
      } catch (error) {
        // An IPC rejection means the main process could not answer; the client still gets a result.
        const message = error instanceof Error ? error.message : String(error);
        return fail('UNAVAILABLE', `The app backend did not answer ${method}: ${message}`);
      }
    },
    subscribe: (topic, listener) => bridge.subscribe(topic, listener),
    status: () => CONNECTED,
    onStatusChange: () => () => {},
    onReconnect: () => () => {},
    retry: () => {},
    close: () => {},
  };
}
