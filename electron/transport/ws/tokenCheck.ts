import type { IncomingMessage, ServerResponse } from 'node:http';
import { TOKEN_CHECK_PATH, TOKEN_PARAM } from '../../../shared/api/wire';
import { clientAddress, type FailureLimiter, retryAfterSeconds } from '../http/failureLimiter';
import type { Authorize } from './token';

/**
 * Answers TOKEN_CHECK_PATH and returns true; returns false for any other path. 204 for a token `authorize` knows,
 * 202 for a paired device still waiting for the PC to confirm it, 401 otherwise (counted by `limiter`), and 429
 * while the address is blocked for too many wrong tries. A browser cannot read why a WebSocket upgrade failed, so
 * pages ask here.
 */
export function answerTokenCheck(req: IncomingMessage, res: ServerResponse, authorize: Authorize, limiter?: FailureLimiter): boolean {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== TOKEN_CHECK_PATH) return false;
  const headers = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };
  const address = clientAddress(req);
  const wait = limiter?.blockedFor(address) ?? 0;
  if (wait > 0) {
    res.writeHead(429, { ...headers, 'Retry-After': retryAfterSeconds(wait) }).end();
    return true;
  }
  const grant = authorize(url.searchParams.get(TOKEN_PARAM));
  if (grant === null) limiter?.fail(address);
  res.writeHead(grant === null ? 401 : grant.pending ? 202 : 204, headers).end();
  return true;
}
