import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createDispatcher } from '../../electron/backend/dispatch/dispatcher';
import type { Handlers } from '../../electron/backend/dispatch/handlers';
import { createRemoteService } from '../../electron/backend/remote/remote.service';
import { createSessionHandlers } from '../../electron/backend/session/session.handlers';
import { FailureLimiter } from '../../electron/transport/http/failureLimiter';
import { tokenAuthorizer } from '../../electron/transport/ws/token';
import { attachWebSocketTransport } from '../../electron/transport/ws/wsTransport';
import { RawApiClient } from '../helpers/wsClient';
import type { Benchmark } from './benchResult';
import { startLiveObsShow } from './liveObsShow';

const CUES = 40;
const ROUNDS = 4;

/**
 * remote.go: the phone's path. A GO sent by a second WebSocket client holding a paired device's remote-control token
 * (transport, role guard and live-command allow-list, dispatcher with contract validation and the write gate, the
 * session's SQLite commit) until real OBS acknowledged the cue's batch, p95 over 160 product cues; against the p95 of
 * a raw obs-websocket-js SetCurrentProgramScene on the same OBS, rounds interleaved in one run. The console stays
 * connected on the same server, as it is during a show.
 */
export const remoteGo: Benchmark = {
  name: 'remote.go',
  async run() {
    const rig = await startLiveObsShow('remote.go', CUES * ROUNDS + 2);
    const { ctx, sessions, live } = rig;
    const remote = createRemoteService({ ...ctx, host: 'serve' });
    // Only what this path uses; the dispatcher validates against the contract as it does for every method.
    const session = createSessionHandlers(sessions);
    const handlers = {
      'session.command': session['session.command'],
      'session.current': session['session.current'],
    } as Partial<Handlers> as Handlers;
    const server = createServer();
    const transport = attachWebSocketTransport(server, createDispatcher(handlers, ctx.hub, ctx.writeGate), {
      authorize: tokenAuthorizer({ console: 'launch', remote: (t) => remote.access.authorize(t) }),
      limiter: new FailureLimiter(),
      devices: remote.access,
    });
    const clients: RawApiClient[] = [];
    try {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as AddressInfo).port;
      // Paired as a phone is: offer, code, confirmation on the PC.
      remote.access.setEndpoint({ listening: true, origin: `http://127.0.0.1:${port}`, port });
      const code = new URL(remote.offer('control').url).searchParams.get('pair') ?? '';
      const paired = remote.access.pair({ code, name: 'bench phone' }, null);
      if (!paired.ok) throw new Error(paired.message);
      remote.confirm(paired.response.deviceId, true);
      clients.push(await RawApiClient.connect(`ws://127.0.0.1:${port}/api/ws?token=launch`));
      const phone = await RawApiClient.connect(`ws://127.0.0.1:${port}/api/ws?token=${paired.response.token}`);
      clients.push(phone);

      let standby = live.state.standbyId;
      const go = async (): Promise<number> => {
        const done = rig.nextAcknowledged();
        const t0 = performance.now();
        const result = await phone.invoke('session.command', {
          sessionId: live.sessionId,
          command: { type: 'go', expectedStandbyId: standby },
        });
        if (!result.ok) throw new Error(`GO refused: ${result.error.message}`);
        standby = (result.value as { state: { standbyId: string | null } }).state.standbyId;
        return (await done) - t0;
      };
      return [await rig.againstRawSwitch('remote.go', go, ROUNDS, CUES)];
    } finally {
      for (const client of clients) client.close();
      await transport.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      remote.close();
      await rig.close();
    }
  },
};
