import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

type Handler = (requestData: Record<string, unknown> | undefined) => Record<string, unknown> | { error: number; comment: string };

/**
 * A small obs-websocket v5 server for unit tests: Hello with an auth challenge, Identify checked as
 * base64(sha256(base64(sha256(password + salt)) + challenge)), close 4009 on a wrong password,
 * requests and request batches answered from `handlers`. `silent` stops answering (a half-open socket).
 */
export class FakeObsServer {
  readonly #wss: WebSocketServer;
  readonly password: string;
  readonly requests: { requestType: string; requestData: Record<string, unknown> | undefined }[] = [];
  readonly handlers = new Map<string, Handler>();
  connections = 0;
  identified = 0;
  silent = false;
  /** Behave like the obs-websocket 4.x plugin of OBS < 28: accept the socket, never send Hello. */
  legacy = false;
  #sockets = new Set<WebSocket>();
  /** Sockets past Identify: the ones events go to. */
  #identified = new Set<WebSocket>();

  private constructor(wss: WebSocketServer, password: string) {
    this.#wss = wss;
    this.password = password;
    this.handlers.set('GetVersion', () => ({
      obsVersion: '30.0.0',
      obsWebSocketVersion: '5.3.0',
      rpcVersion: 1,
      availableRequests: ['GetVersion', 'GetStats', 'StartStream', 'StopStream', 'StartRecord', 'StopRecord'],
    }));
    this.handlers.set('GetSceneList', () => ({ currentProgramSceneName: 'Scene', scenes: [{ sceneName: 'Scene', sceneIndex: 0 }] }));
    this.handlers.set('GetStreamStatus', () => ({ outputActive: false }));
    this.handlers.set('GetRecordStatus', () => ({ outputActive: false }));
    this.handlers.set('GetVirtualCamStatus', () => ({ outputActive: false }));
    this.handlers.set('GetSceneItemList', () => ({ error: 600, comment: 'No source was found' }));
    this.handlers.set('GetStats', () => ({ cpuUsage: 1 }));
    // Every OBS answers it; the heartbeat asks it every few seconds.
    this.handlers.set('GetVideoSettings', () => ({
      baseWidth: 1920,
      baseHeight: 1080,
      outputWidth: 1920,
      outputHeight: 1080,
      fpsNumerator: 30,
      fpsDenominator: 1,
    }));
    this.handlers.set('SetInputSettings', () => ({}));
    this.handlers.set('SetCurrentProgramScene', () => ({}));
  }

  static async start(password = 'pw'): Promise<FakeObsServer> {
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', handleProtocols: () => 'obswebsocket.json' });
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    const server = new FakeObsServer(wss, password);
    wss.on('connection', (socket) => server.#accept(socket));
    return server;
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.#wss.address() as AddressInfo).port}`;
  }

  /** Sends an event (op 5) to every identified client, as OBS does when something changes. */
  emit(eventType: string, eventData: Record<string, unknown> = {}): void {
    for (const socket of this.#identified) socket.send(JSON.stringify({ op: 5, d: { eventType, eventIntent: 0, eventData } }));
  }

  /** Drops every connection abruptly, as a crashed OBS would. */
  dropAll(): void {
    for (const socket of this.#sockets) socket.terminate();
  }

  close(): Promise<void> {
    this.dropAll();
    return new Promise((resolve) => this.#wss.close(() => resolve()));
  }

  #accept(socket: WebSocket): void {
    this.connections++;
    this.#sockets.add(socket);
    socket.on('close', () => {
      this.#sockets.delete(socket);
      this.#identified.delete(socket);
    });
    const salt = randomBytes(16).toString('base64');
    const challenge = randomBytes(16).toString('base64');
    const send = (op: number, d: unknown) => socket.send(JSON.stringify({ op, d }));
    if (this.legacy) return;
    send(0, { obsWebSocketVersion: '5.3.0', rpcVersion: 1, authentication: { salt, challenge } });
    socket.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (message.op === 1) {
        const secret = sha256b64(this.password + salt);
        if (message.d.authentication !== sha256b64(secret + challenge)) return socket.close(4009, 'Authentication failed.');
        this.identified++;
        this.#identified.add(socket);
        return send(2, { negotiatedRpcVersion: 1 });
      }
      if (this.silent) return;
      if (message.op === 6)
        send(7, this.#answer(message.d as { requestType: string; requestId: string; requestData?: Record<string, unknown> }));
      if (message.op === 8) {
        const requests = (message.d.requests ?? []) as { requestType: string; requestId?: string; requestData?: Record<string, unknown> }[];
        send(9, { requestId: message.d.requestId, results: requests.map((r) => this.#answer({ ...r, requestId: r.requestId ?? '' })) });
      }
    });
  }

  #answer(request: { requestType: string; requestId: string; requestData?: Record<string, unknown> }) {
    this.requests.push({ requestType: request.requestType, requestData: request.requestData });
    const handler = this.handlers.get(request.requestType);
    const out = handler ? handler(request.requestData) : { error: 204, comment: 'Unknown request type' };
    const base = { requestType: request.requestType, requestId: request.requestId };
    if ('error' in out && typeof out.error === 'number')
      return { ...base, requestStatus: { result: false, code: out.error, comment: out.comment } };
    return { ...base, requestStatus: { result: true, code: 100 }, responseData: out };
  }
}

function sha256b64(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}
