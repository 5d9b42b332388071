import type { IncomingMessage, ServerResponse } from 'node:http';
import { TOKEN_CHECK_PATH, TOKEN_PARAM } from '../../../shared/api/wire';
import type { Authorize } from './token';

/**
 * Answers TOKEN_CHECK_PATH (204 for a token `authorize` knows, 401 otherwise) and returns true; returns false for
 * any other path. A browser cannot read why a WebSocket upgrade failed, so pages ask here.
 */
export function answerTokenCheck(req: IncomingMessage, res: ServerResponse, authorize: Authorize): boolean {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== TOKEN_CHECK_PATH) return false;
  const valid = authorize(url.searchParams.get(TOKEN_PARAM)) !== null;
  res.writeHead(valid ? 204 : 401, { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }).end();
  return true;
}
