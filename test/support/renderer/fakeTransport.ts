import { Listeners } from '../../../renderer/src/api/listeners';
import type { ConnectionStatus, Transport } from '../../../renderer/src/api/transport';
import { type ApiResult, fail } from '../../../shared/api/errors';

type Handler = (payload: unknown) => ApiResult<unknown> | Promise<ApiResult<unknown>>;

/** In-memory transport for store tests: answers from handlers, pushes topic data, fakes reconnects. */
export class FakeTransport implements Transport {
  readonly kind = 'websocket';
  readonly calls: { method: string; payload: unknown }[] = [];
  #status: ConnectionStatus;
  #handlers = new Map<string, Handler>();
  #topics = new Map<string, Listeners<[unknown]>>();
  #statusListeners = new Listeners<[ConnectionStatus]>();
  #reconnectListeners = new Listeners<[]>();

  constructor(status: ConnectionStatus = { state: 'connected' }) {
    this.#status = status;
  }

  handle(method: string, handler: Handler): this {
    this.#handlers.set(method, handler);
    return this;
  }

  async invoke(method: string, payload: unknown): Promise<ApiResult<unknown>> {
    this.calls.push({ method, payload });
    if (this.#status.state !== 'connected') return fail('UNAVAILABLE', 'not connected');
    const handler = this.#handlers.get(method);
    return handler ? handler(payload) : fail('UNKNOWN_METHOD', method);
  }

  subscribe(topic: string, listener: (data: unknown) => void): () => void {
    let set = this.#topics.get(topic);
    if (!set) {
      set = new Listeners();
      this.#topics.set(topic, set);
    }
    return set.add(listener);
  }

  emit(topic: string, data: unknown): void {
    this.#topics.get(topic)?.emit(data);
  }

  status = (): ConnectionStatus => this.#status;
  onStatusChange = (listener: (status: ConnectionStatus) => void) => this.#statusListeners.add(listener);
  onReconnect = (listener: () => void) => this.#reconnectListeners.add(listener);
  retry = () => {};
  close = () => {};

  setStatus(status: ConnectionStatus): void {
    this.#status = status;
    this.#statusListeners.emit(status);
    if (status.state === 'connected') this.#reconnectListeners.emit();
  }
}
