import type { ObsConnectionState } from '../../../shared/domain/obsStatus';

/** obs-websocket close codes that mean "retrying will not help; the user must act". */
const CLOSE_AUTH_FAILED = 4009;
export const CLOSE_UNSUPPORTED_RPC = 4010;
const CLOSE_SESSION_INVALIDATED = 4011;
const CLOSE_UNSUPPORTED_FEATURE = 4012;

export type ConnectionEvent =
  | { type: 'configured' }
  | { type: 'unconfigured' }
  | { type: 'disabled' }
  | { type: 'identified' }
  | { type: 'synced' }
  | { type: 'collectionChanging' }
  | { type: 'collectionChanged' }
  /** Socket closed or a connect attempt failed; `code` is the WebSocket close code (or 0). */
  | { type: 'closed'; code: number }
  | { type: 'retryDue' }
  | { type: 'userReconnect' };

/** What a close code means for the next state. */
export function stateAfterClose(code: number): Extract<ObsConnectionState, 'lost' | 'wrong_password' | 'incompatible' | 'kicked'> {
  if (code === CLOSE_AUTH_FAILED) return 'wrong_password';
  if (code === CLOSE_UNSUPPORTED_RPC || code === CLOSE_UNSUPPORTED_FEATURE) return 'incompatible';
  if (code === CLOSE_SESSION_INVALIDATED) return 'kicked';
  return 'lost';
}

/** States in which the controller wants a live socket. */
export function wantsSocket(state: ObsConnectionState): boolean {
  return state === 'connecting' || state === 'syncing' || state === 'ready' || state === 'paused';
}

/**
 * The connection state machine, pure: the controller feeds it events and acts on the result
 * (opening sockets, scheduling retries). Events that make no sense in a state leave it unchanged,
 * so a late event from an old socket cannot resurrect a connection the user turned off.
 */
export function nextState(state: ObsConnectionState, event: ConnectionEvent): ObsConnectionState {
  switch (event.type) {
    case 'unconfigured':
      return 'not_configured';
    case 'disabled':
      return 'disabled';
    case 'configured':
      return 'connecting';
    case 'userReconnect':
      return state === 'not_configured' || state === 'disabled' ? state : 'connecting';
    case 'retryDue':
      return state === 'lost' ? 'connecting' : state;
    case 'identified':
      return state === 'connecting' ? 'syncing' : state;
    case 'synced':
      return state === 'syncing' ? 'ready' : state;
    case 'collectionChanging':
      return state === 'ready' || state === 'syncing' ? 'paused' : state;
    case 'collectionChanged':
      return state === 'paused' ? 'syncing' : state;
    case 'closed':
      return wantsSocket(state) ? stateAfterClose(event.code) : state;
  }
}
