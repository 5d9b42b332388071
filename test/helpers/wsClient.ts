import WebSocket from 'ws';
import type { ApiResult } from '../../shared/api/errors';

/** A bare protocol client for tests and benchmarks: one socket, sequential invocations. */
export class RawApiClient {
  #ws: WebSocket;
  #nextId = 1;
  #pending = new Map<number, (result: ApiResult<unknown>) => void>();

  private constructor(ws: WebSocket) {
    this.#ws = ws;
    ws.on('message', (raw) => {
      const frame = JSON.parse(raw.toString()) as { type: string; id: number | null; result: ApiResult<unknown> };
      if (frame.type !== 'result' || frame.id === null) return;
      this.#pending.get(frame.id)?.(frame.result);
      this.#pending.delete(frame.id);
    });
  }

  static connect(wsUrl: string): Promise<RawApiClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(wsUrl);
      ws.once('open', () => resolve(new RawApiClient(ws)));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      ws.once('error', reject);
    });
  }

  invoke(method: string, payload: unknown): Promise<ApiResult<unknown>> {
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.#ws.send(JSON.stringify({ type: 'invoke', id, method, payload }));
    });
  }

  close() {
    this.#ws.close();
  }
}

/** The socket URL for a page URL that carries `?token=`. */
export function wsUrlFor(pageUrl: string, token?: string | null): string {
  const url = new URL(pageUrl);
  const t = token === undefined ? url.searchParams.get('token') : token;
  return `ws://${url.host}/api/ws${t === null ? '' : `?token=${encodeURIComponent(t ?? '')}`}`;
}
