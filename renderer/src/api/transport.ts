import type { ApiResult } from '../../../shared/api/errors';

/** Why the backend will not talk to this window; the UI turns each into a message. */
export type UnauthorizedReason =
  /** The page address has no `?token=`: nothing to connect with. */
  | 'missing_token'
  /** The server closed the socket with WS_CLOSE_UNAUTHORIZED: the token is wrong. */
  | 'rejected'
  /** The upgrade failed again and again without ever opening: most likely a stale token. */
  | 'refused';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'unauthorized';

export type ConnectionStatus =
  | { state: 'connecting' | 'connected' | 'reconnecting' }
  | { state: 'unauthorized'; reason: UnauthorizedReason };

/**
 * What the API client needs from a way of reaching the backend. Failures of the transport itself
 * come back as `{ ok: false }` results (UNAVAILABLE / FORBIDDEN) so callers handle one shape.
 */
export interface Transport {
  readonly kind: 'ipc' | 'websocket';
  invoke(method: string, payload: unknown): Promise<ApiResult<unknown>>;
  subscribe(topic: string, listener: (data: unknown) => void): () => void;
  status(): ConnectionStatus;
  onStatusChange(listener: (status: ConnectionStatus) => void): () => void;
  /** Runs each time the backend becomes reachable: the first connection and every reconnection. */
  onReconnect(listener: () => void): () => void;
  /** Tries again now after giving up (unauthorized); no-op otherwise. */
  retry(): void;
  close(): void;
}
