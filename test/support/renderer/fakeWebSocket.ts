import type { WebSocketConstructor, WebSocketLike } from '../../../renderer/src/api/websocketLike';

/** Scriptable socket: the test opens, closes and feeds it frames; sent frames are kept parsed. */
export class FakeSocket implements WebSocketLike {
  readyState = 0;
  onopen: ((event: unknown) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  readonly sent: unknown[] = [];

  constructor(readonly url: string) {}

  send(data: string): void {
    if (this.readyState !== 1) throw new Error('InvalidStateError: socket not open');
    this.sent.push(JSON.parse(data));
  }

  close(code = 1000, reason = ''): void {
    this.serverClose(code, reason);
  }

  // --- test controls ---
  serverOpen(): void {
    this.readyState = 1;
    this.onopen?.({});
  }

  /** Upgrade refused or connection dropped: error then close, as browsers do. */
  serverClose(code = 1006, reason = ''): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    if (code === 1006) this.onerror?.({});
    this.onclose?.({ code, reason });
  }

  serverSend(frame: unknown): void {
    this.onmessage?.({ data: typeof frame === 'string' ? frame : JSON.stringify(frame) });
  }

  /** The last `invoke` frame sent, for answering it. */
  lastInvoke(): { id: number; method: string; payload: unknown } {
    const frames = this.sent.filter((f): f is { type: 'invoke'; id: number; method: string; payload: unknown } => {
      return typeof f === 'object' && f !== null && (f as { type?: unknown }).type === 'invoke';
    });
    const last = frames.at(-1);
    if (!last) throw new Error('nothing invoked');
    return last;
  }
}

/** A constructor that records every socket it makes. */
export function fakeWebSocketFactory(): { WebSocket: WebSocketConstructor; sockets: FakeSocket[]; last(): FakeSocket } {
  const sockets: FakeSocket[] = [];
  const WebSocket = class extends FakeSocket {
    constructor(url: string) {
      super(url);
      sockets.push(this);
    }
  };
  return {
    WebSocket,
    sockets,
    last() {
      const socket = sockets.at(-1);
      if (!socket) throw new Error('no socket created');
      return socket;
    },
  };
}
