import { TOKEN_PARAM } from '../../../shared/api/wire';
import type { OverlayPageInfo, OverlayPageProblem } from '../../../shared/domain/overlayPage';
import { OVERLAY_PATH } from '../../../shared/domain/overlayPage';
import { createToken } from '../../transport/ws/token';
import type { NewEvent } from '../events/eventStore';
import type { SecretStore } from '../secrets/secretStore';

export const OVERLAY_TOKEN_SECRET = 'overlay.token';

/** Where the overlay page is served, as the server that serves it reports it. */
export type OverlayEndpoint =
  | { listening: true; origin: string; port: number }
  | { listening: false; port: number | null; problem: OverlayPageProblem };

/** What transports and the settings screen need of the overlay page's access. */
export interface OverlayAccess {
  /** The overlay token: made once and kept in the secrets store, so the URL saved in OBS survives restarts. */
  token(): string;
  /** A new token; the old one stops working. Listeners (transports) drop connections made with the old one. */
  rotate(): string;
  onRotate(listener: () => void): () => void;
  /** Called by the server that serves the page once it listens (or fails to). */
  setEndpoint(endpoint: OverlayEndpoint): void;
  info(): OverlayPageInfo;
}

/** `events` logs a rotation (never the token). */
export function createOverlayAccess(secrets: SecretStore, events: { append(event: NewEvent): unknown }): OverlayAccess {
  // Read (or made) on first use, so a host that never serves the page writes no secret.
  let token: string | null = null;
  let endpoint: OverlayEndpoint | null = null;
  const listeners = new Set<() => void>();
  const current = (): string => {
    token ??= secrets.get(OVERLAY_TOKEN_SECRET);
    if (token === null || token === '') {
      token = createToken();
      secrets.set(OVERLAY_TOKEN_SECRET, token);
    }
    return token;
  };

  return {
    token: current,
    rotate() {
      const next = createToken();
      secrets.set(OVERLAY_TOKEN_SECRET, next);
      token = next;
      // The fact is logged, never the token.
      events.append({ type: 'overlay.tokenRotated', payload: {} });
      for (const listener of [...listeners]) listener();
      return next;
    },
    onRotate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setEndpoint(next) {
      endpoint = next;
    },
    info(): OverlayPageInfo {
      if (endpoint === null) return { url: null, listening: false, port: null, problem: null };
      if (!endpoint.listening) return { url: null, listening: false, port: endpoint.port, problem: endpoint.problem };
      const url = `${endpoint.origin}${OVERLAY_PATH}?${TOKEN_PARAM}=${encodeURIComponent(current())}`;
      return { url, listening: true, port: endpoint.port, problem: null };
    },
  };
}
