import { Socket } from 'node:net';
import { PROBE_TIMEOUT_MS } from './reconnectPolicy';

/** True once something accepts a TCP connection at the WebSocket URL's host and port. */
export type PortProbe = (url: string) => Promise<boolean>;

/**
 * Connects and hangs up at once: no WebSocket upgrade, so obs-websocket spends nothing on it. Real time for the
 * timeout (not the controller's timers): it guards a socket, not the retry schedule.
 */
export const tcpProbe: PortProbe = (url) =>
  new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve(false);
      return;
    }
    const port = Number(target.port) || (target.protocol === 'wss:' ? 443 : 80);
    // URL keeps IPv6 literals in brackets; net.connect wants them bare.
    const host = target.hostname.replace(/^\[(.*)\]$/, '$1');
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(PROBE_TIMEOUT_MS, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.connect(port, host);
  });
