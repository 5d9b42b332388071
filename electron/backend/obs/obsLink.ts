// JSON rather than the msgpack default under Node: readable on the wire and spoken by the unit tests' fake server.

import { EventSubscription, OBSWebSocket, type OBSWebSocketError, type RequestBatchRequest } from 'obs-websocket-js/json';
import type { Timers } from '../../../shared/timing/timers';
import { CLOSE_UNSUPPORTED_RPC } from './connectionState';
import { obsOffline, obsRequestFailed, obsTimeout } from './obsErrors';

/** Only the event groups the controller reacts to; never volume meters or transform changes. */
const OBS_EVENT_SUBSCRIPTIONS =
  EventSubscription.General |
  EventSubscription.Config |
  EventSubscription.Scenes |
  EventSubscription.Inputs |
  EventSubscription.Outputs |
  EventSubscription.SceneItems;

const DEFAULT_CALL_TIMEOUT_MS = 5000;

/** One request's outcome inside a batch. */
export interface BatchItemResult {
  requestType: string;
  ok: boolean;
  code: number;
  comment?: string;
  data: Record<string, unknown> | undefined;
}

export interface ObsLinkEvents {
  onEvent(name: string, data: unknown): void;
  onClosed(code: number, reason: string): void;
}

/**
 * One connection to OBS (a new one per attempt: ids and listeners never leak across reconnects).
 * Every call has a timeout, and on close every pending call rejects at once — obs-websocket-js
 * would leave them hanging.
 */
export class ObsLink {
  readonly #ws = new OBSWebSocket();
  readonly #timers: Timers;
  readonly #pending = new Set<(error: Error) => void>();
  #open = false;
  #socketOpened = false;

  constructor(timers: Timers) {
    this.#timers = timers;
  }

  /** Connects and identifies; rejects with the close code (4009 wrong password, …) on failure. */
  async connect(url: string, password: string | undefined, events: ObsLinkEvents, timeoutMs = 8000): Promise<{ rpcVersion: number }> {
    const ws = this.#ws;
    ws.on('ConnectionClosed', (error: OBSWebSocketError) => {
      const wasOpen = this.#open;
      this.#open = false;
      // During the handshake the close code is the answer (4009 wrong password, …): pass it on.
      this.#rejectPending(wasOpen ? obsOffline('lost') : error);
      if (wasOpen) events.onClosed(error.code, error.message);
    });
    for (const name of EVENT_NAMES) ws.on(name, (...args: unknown[]) => events.onEvent(name, args[0]));
    // obs-websocket 5 greets (Hello) the moment the socket opens; the 4.x plugin of OBS < 28 says
    // nothing and waits. An open socket that never greets is therefore an incompatible OBS.
    ws.once('ConnectionOpened', () => {
      this.#socketOpened = true;
    });
    const connected = ws.connect(url, password, { eventSubscriptions: OBS_EVENT_SUBSCRIPTIONS, rpcVersion: 1 });
    const result = await this.#withTimeout('Identify', timeoutMs, connected).catch((error: unknown) => {
      void ws.disconnect().catch(() => {});
      if (this.#socketOpened && !(error && typeof error === 'object' && 'code' in error && typeof error.code === 'number')) {
        throw Object.assign(
          new Error('OBS accepted the connection but never sent the obs-websocket 5 greeting: OBS 28 or newer is needed'),
          { code: CLOSE_UNSUPPORTED_RPC },
        );
      }
      throw error;
    });
    this.#open = true;
    return { rpcVersion: result.negotiatedRpcVersion };
  }

  get open(): boolean {
    return this.#open;
  }

  /** Whether the socket ever opened: a failed attempt either never reached OBS's port or was refused by OBS itself. */
  get socketOpened(): boolean {
    return this.#socketOpened;
  }

  async call(
    requestType: string,
    requestData?: Record<string, unknown>,
    timeoutMs = DEFAULT_CALL_TIMEOUT_MS,
  ): Promise<Record<string, unknown>> {
    if (!this.#open) throw obsOffline('lost');
    // obs-websocket-js types each request; the controller builds them from its own typed actions.
    const call = this.#ws.call as (type: string, data?: Record<string, unknown>) => Promise<unknown>;
    try {
      const data = await this.#withTimeout(requestType, timeoutMs, call.call(this.#ws, requestType, requestData));
      return (data ?? {}) as Record<string, unknown>;
    } catch (error) {
      throw translate(requestType, error);
    }
  }

  /** Several requests in ONE round trip; failures are per item, the batch keeps going. */
  async batch(
    requests: { requestType: string; requestData?: Record<string, unknown> }[],
    timeoutMs = DEFAULT_CALL_TIMEOUT_MS,
  ): Promise<BatchItemResult[]> {
    if (!this.#open) throw obsOffline('lost');
    if (requests.length === 0) return [];
    const responses = await this.#withTimeout(
      'RequestBatch',
      timeoutMs,
      this.#ws.callBatch(requests as RequestBatchRequest[], { haltOnFailure: false }),
    );
    return responses.map((r) => ({
      requestType: r.requestType,
      ok: r.requestStatus.result,
      code: r.requestStatus.code,
      ...(r.requestStatus.result ? {} : { comment: r.requestStatus.comment }),
      data: (r.responseData ?? undefined) as Record<string, unknown> | undefined,
    }));
  }

  /** Closes the socket; pending calls reject now, not whenever obs-websocket-js gets to them. */
  close(): void {
    this.#open = false;
    this.#rejectPending(obsOffline('lost'));
    this.#ws.removeAllListeners();
    void this.#ws.disconnect().catch(() => {});
  }

  #withTimeout<T>(what: string, ms: number, promise: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const settle = (fn: () => void) => {
        this.#timers.clearTimeout(timer);
        this.#pending.delete(rejectNow);
        fn();
      };
      const rejectNow = (error: Error) => settle(() => reject(error));
      const timer = this.#timers.setTimeout(() => rejectNow(obsTimeout(what, ms)), ms);
      this.#pending.add(rejectNow);
      promise.then(
        (value) => settle(() => resolve(value)),
        (error: unknown) => settle(() => reject(error)),
      );
    });
  }

  #rejectPending(error: Error): void {
    for (const reject of [...this.#pending]) reject(error);
  }
}

/** The events the controller reacts to (all within OBS_EVENT_SUBSCRIPTIONS). */
const EVENT_NAMES = [
  'ExitStarted',
  'CurrentSceneCollectionChanging',
  'CurrentSceneCollectionChanged',
  'CurrentProgramSceneChanged',
  'SceneListChanged',
  'SceneNameChanged',
  'InputNameChanged',
  'InputRemoved',
  'SceneItemCreated',
  'SceneItemRemoved',
  'StreamStateChanged',
  'RecordStateChanged',
  'VirtualcamStateChanged',
] as const;

function translate(requestType: string, error: unknown): Error {
  if (error instanceof Error && error.name === 'DomainError') return error;
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'number') {
    const message = error instanceof Error ? error.message : String(error);
    return obsRequestFailed(requestType, error.code, message);
  }
  return error instanceof Error ? error : new Error(String(error));
}
