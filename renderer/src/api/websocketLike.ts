/**
 * Event handler type checked bivariantly (method-style), so the browser's `(ev: CloseEvent) => any`
 * handlers fit while tests can fire plain objects carrying only what the transport reads.
 */
type Handler<E> = { handle(event: E): void }['handle'];

/** The part of the browser WebSocket the transport uses; tests pass a fake constructor. */
export interface WebSocketLike {
  readonly readyState: number;
  onopen: Handler<unknown> | null;
  onclose: Handler<{ code: number; reason: string }> | null;
  onmessage: Handler<{ data: unknown }> | null;
  onerror: Handler<unknown> | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export type WebSocketConstructor = new (url: string) => WebSocketLike;

/** WebSocket.OPEN; spelled out because a fake constructor has no static constants. */
export const WS_OPEN = 1;
