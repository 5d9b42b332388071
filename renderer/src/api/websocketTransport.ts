import { type ApiResult, fail } from '../../../shared/api/errors';
import { type ClientFrame, type RequestId, ServerFrame, WS_CLOSE_UNAUTHORIZED } from '../../../shared/api/wire';
import { type Backoff, type BackoffOptions, createBackoff } from '../../../shared/timing/backoff';
import { realTimers, type Timers } from '../../../shared/timing/timers';
import { Listeners } from './listeners';
import type { ConnectionStatus, Transport } from './transport';
import { type WebSocketConstructor, type WebSocketLike, WS_OPEN } from './websocketLike';

export interface WebSocketTransportOptions {
  /** Full socket URL including the token; null when the page has no token (→ unauthorized, no attempt). */
  url: string | null;
  WebSocket: WebSocketConstructor;
  timers?: Timers;
  random?: () => number;
  /** A connection open this long counts as stable: the next drop starts again from the shortest delay. */
  stableAfterMs?: number;
  /**
   * Consecutive attempts that never open before we stop calling it "reconnecting". The browser hides
   * the HTTP 401 of a refused upgrade, and the token is per launch, so endless refusals mean a stale token.
   */
  maxFailedUpgrades?: number;
  /** After giving up, probe this rarely in case it was the network after all. */
  probeIntervalMs?: number;
  /**
   * Asks the host over plain HTTP whether our token is valid, after an upgrade that never opened.
   * With it, a refused token is recognised at the first failure and a host that is merely down
   * stays "reconnecting" however long it takes; without it, `maxFailedUpgrades` is the fallback.
   */
  checkToken?: () => Promise<TokenVerdict>;
}

export type TokenVerdict = 'valid' | 'invalid' | 'unreachable';

/** The window's reconnect to its own backend: quicker and shorter than the backend's retries (a local host restarts fast). */
export const reconnectBackoff = { baseMs: 250, capMs: 5_000, jitter: 0.2 } satisfies BackoffOptions;

interface Pending {
  method: string;
  resolve: (result: ApiResult<unknown>) => void;
}

/** WebSocket transport: id-correlated invocations, per-topic subscriptions, reconnect forever with backoff. */
export class WebSocketTransport implements Transport {
  readonly kind = 'websocket';
  readonly #url: string | null;
  readonly #WebSocket: WebSocketConstructor;
  readonly #timers: Timers;
  readonly #backoff: Backoff;
  readonly #stableAfterMs: number;
  readonly #maxFailedUpgrades: number;
  readonly #probeIntervalMs: number;
  readonly #checkToken: (() => Promise<TokenVerdict>) | null;

  #socket: WebSocketLike | null = null;
  #status: ConnectionStatus;
  #everConnected = false;
  #failedUpgrades = 0;
  #nextId = 1;
  #disposed = false;
  #reconnectTimer: unknown = null;
  #stableTimer: unknown = null;
  readonly #pending = new Map<RequestId, Pending>();
  readonly #topics = new Map<string, Set<(data: unknown) => void>>();
  readonly #statusListeners = new Listeners<[ConnectionStatus]>();
  readonly #reconnectListeners = new Listeners<[]>();

  constructor(options: WebSocketTransportOptions) {
    this.#url = options.url;
    this.#WebSocket = options.WebSocket;
    this.#timers = options.timers ?? realTimers;
    this.#backoff = createBackoff({ ...reconnectBackoff, random: options.random ?? Math.random });
    this.#stableAfterMs = options.stableAfterMs ?? 5_000;
    this.#maxFailedUpgrades = options.maxFailedUpgrades ?? 6;
    this.#probeIntervalMs = options.probeIntervalMs ?? 30_000;
    this.#checkToken = options.checkToken ?? null;
    if (this.#url === null) {
      this.#status = { state: 'unauthorized', reason: 'missing_token' };
    } else {
      this.#status = { state: 'connecting' };
      this.#connect();
    }
  }

  status(): ConnectionStatus {
    return this.#status;
  }

  onStatusChange(listener: (status: ConnectionStatus) => void): () => void {
    return this.#statusListeners.add(listener);
  }

  onReconnect(listener: () => void): () => void {
    return this.#reconnectListeners.add(listener);
  }

  invoke(method: string, payload: unknown): Promise<ApiResult<unknown>> {
    if (this.#status.state === 'unauthorized') {
      return Promise.resolve(fail('FORBIDDEN', `Cannot call ${method}: the backend does not accept this window's access token`));
    }
    const socket = this.#socket;
    // Never queue: a command sent late (after a reconnect) could fire a cue nobody asked for any more.
    if (!socket || socket.readyState !== WS_OPEN) {
      return Promise.resolve(fail('UNAVAILABLE', `Cannot call ${method}: not connected to the backend`));
    }
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, { method, resolve });
      if (!this.#send(socket, { type: 'invoke', id, method, payload })) {
        this.#pending.delete(id);
        resolve(fail('UNAVAILABLE', `Cannot call ${method}: sending to the backend failed`));
      }
    });
  }

  subscribe(topic: string, listener: (data: unknown) => void): () => void {
    let set = this.#topics.get(topic);
    const first = set === undefined;
    if (!set) {
      set = new Set();
      this.#topics.set(topic, set);
    }
    const entry = (data: unknown) => listener(data);
    set.add(entry);
    if (first) this.#sendIfOpen({ type: 'subscribe', topic });
    return () => {
      if (!set.delete(entry)) return;
      if (set.size === 0 && this.#topics.get(topic) === set) {
        this.#topics.delete(topic);
        this.#sendIfOpen({ type: 'unsubscribe', topic });
      }
    };
  }

  retry(): void {
    if (this.#disposed || this.#status.state !== 'unauthorized' || this.#url === null) return;
    this.#failedUpgrades = 0;
    this.#backoff.reset();
    this.#clearTimer('reconnect');
    this.#setStatus({ state: this.#everConnected ? 'reconnecting' : 'connecting' });
    this.#connect();
  }

  close(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#clearTimer('reconnect');
    this.#clearTimer('stable');
    const socket = this.#socket;
    this.#socket = null;
    socket?.close(1000, 'client closed');
    this.#rejectPending('the client was closed');
    this.#statusListeners.clear();
    this.#reconnectListeners.clear();
    this.#topics.clear();
  }

  #connect(): void {
    this.#reconnectTimer = null;
    if (this.#disposed || this.#url === null) return;
    let socket: WebSocketLike;
    try {
      socket = new this.#WebSocket(this.#url);
    } catch (error) {
      console.error('[livecue] could not create the backend socket', error);
      this.#afterClose(false, 0);
      return;
    }
    this.#socket = socket;
    let opened = false;
    socket.onopen = () => {
      if (socket !== this.#socket) return;
      opened = true;
      this.#onOpen(socket);
    };
    socket.onmessage = (event) => {
      if (socket === this.#socket) this.#onMessage(event.data);
    };
    // An error is always followed by close; the close handler decides what to do.
    socket.onerror = () => {};
    socket.onclose = (event) => {
      if (socket !== this.#socket) return;
      this.#socket = null;
      this.#clearTimer('stable');
      this.#rejectPending('the connection to the backend was lost');
      this.#afterClose(opened, event.code);
    };
  }

  #onOpen(socket: WebSocketLike): void {
    this.#failedUpgrades = 0;
    this.#stableTimer = this.#timers.setTimeout(() => {
      this.#stableTimer = null;
      this.#backoff.reset();
    }, this.#stableAfterMs);
    for (const topic of this.#topics.keys()) this.#send(socket, { type: 'subscribe', topic });
    this.#everConnected = true;
    this.#setStatus({ state: 'connected' });
    this.#reconnectListeners.emit();
  }

  #afterClose(opened: boolean, code: number): void {
    if (this.#disposed) return;
    if (code === WS_CLOSE_UNAUTHORIZED) {
      // The server said no explicitly: retrying with the same token cannot help.
      this.#setStatus({ state: 'unauthorized', reason: 'rejected' });
      return;
    }
    if (!opened && this.#checkToken) {
      this.#setStatus({ state: this.#everConnected ? 'reconnecting' : 'connecting' });
      void this.#checkToken().then((verdict) => {
        if (this.#disposed || this.#socket !== null || this.#reconnectTimer !== null) return;
        if (verdict === 'invalid') {
          this.#setStatus({ state: 'unauthorized', reason: 'rejected' });
          return;
        }
        this.#reconnectTimer = this.#timers.setTimeout(() => this.#connect(), this.#backoff.next());
      });
      return;
    }
    if (!opened) this.#failedUpgrades += 1;
    if (this.#failedUpgrades >= this.#maxFailedUpgrades) {
      this.#setStatus({ state: 'unauthorized', reason: 'refused' });
      this.#reconnectTimer = this.#timers.setTimeout(() => this.#connect(), this.#probeIntervalMs);
      return;
    }
    this.#setStatus({ state: this.#everConnected ? 'reconnecting' : 'connecting' });
    this.#reconnectTimer = this.#timers.setTimeout(() => this.#connect(), this.#backoff.next());
  }

  #onMessage(data: unknown): void {
    if (typeof data !== 'string') {
      console.error('[livecue] ignored a non-text frame from the backend');
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      console.error('[livecue] ignored a frame that is not JSON');
      return;
    }
    const parsed = ServerFrame.safeParse(json);
    if (!parsed.success) {
      console.error('[livecue] ignored a frame that breaks the wire format', parsed.error.issues);
      return;
    }
    const frame = parsed.data;
    if (frame.type === 'event') {
      for (const listener of [...(this.#topics.get(frame.topic) ?? [])]) {
        try {
          listener(frame.data);
        } catch (error) {
          console.error(`[livecue] subscriber of "${frame.topic}" threw`, error);
        }
      }
      return;
    }
    if (frame.id === null) {
      // The server could not tie the error to a request (e.g. a bad subscribe frame).
      console.error('[livecue] backend reported an error', frame.result);
      return;
    }
    const pending = this.#pending.get(frame.id);
    if (!pending) {
      console.error(`[livecue] ignored a result for unknown request id ${frame.id}`);
      return;
    }
    this.#pending.delete(frame.id);
    const result = frame.result;
    pending.resolve(result.ok ? { ok: true, value: result.value } : { ok: false, error: result.error });
  }

  #rejectPending(why: string): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const { method, resolve } of pending) resolve(fail('UNAVAILABLE', `${method} did not finish: ${why}`));
  }

  #sendIfOpen(frame: ClientFrame): void {
    const socket = this.#socket;
    if (socket && socket.readyState === WS_OPEN) this.#send(socket, frame);
  }

  #send(socket: WebSocketLike, frame: ClientFrame): boolean {
    try {
      socket.send(JSON.stringify(frame));
      return true;
    } catch (error) {
      console.error('[livecue] sending to the backend failed', error);
      return false;
    }
  }

  #setStatus(status: ConnectionStatus): void {
    const current = this.#status;
    const same =
      current.state === status.state &&
      (current.state !== 'unauthorized' || status.state !== 'unauthorized' || current.reason === status.reason);
    if (same) return;
    this.#status = status;
    this.#statusListeners.emit(status);
  }

  #clearTimer(which: 'reconnect' | 'stable'): void {
    const handle = which === 'reconnect' ? this.#reconnectTimer : this.#stableTimer;
    if (handle !== null) this.#timers.clearTimeout(handle);
    if (which === 'reconnect') this.#reconnectTimer = null;
    else this.#stableTimer = null;
  }
}

export function createWebSocketTransport(options: WebSocketTransportOptions): Transport {
  return new WebSocketTransport(options);
}
