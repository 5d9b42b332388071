import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiError } from '../../../shared/api/errors';
import { REMOTE_PAIR_PATH } from '../../../shared/api/wire';
import { PairRequest } from '../../../shared/domain/remote/remoteDevice';
import type { RemoteAccess } from '../../backend/remote/remote.service';
import { clientAddress, type FailureLimiter, retryAfterSeconds } from './failureLimiter';

/** A pairing request is a code and a name: anything near this size is not one. */
export const MAX_PAIR_BODY_BYTES = 4 * 1024;

/**
 * Answers REMOTE_PAIR_PATH (and returns true; false for any other path): POST a PairRequest as JSON, get a
 * PairResponse (200). Bad JSON or fields → 400 naming the problem; a wrong, spent or expired code → 401, counted by
 * `limiter` like a wrong token; 429 while the address is blocked; 413 past MAX_PAIR_BODY_BYTES. Errors are ApiError
 * JSON so the phone page can show the message.
 */
export function answerRemotePair(
  req: IncomingMessage,
  res: ServerResponse,
  remote: Pick<RemoteAccess, 'pair'>,
  limiter: FailureLimiter,
): boolean {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== REMOTE_PAIR_PATH) return false;
  const address = clientAddress(req);
  const wait = limiter.blockedFor(address);
  if (wait > 0) {
    sendJson(res, 429, error('FORBIDDEN', 'Too many wrong pairing codes from this device. Wait a minute, then scan the QR code again.'), {
      'Retry-After': retryAfterSeconds(wait),
    });
    return true;
  }
  if (req.method !== 'POST') {
    sendJson(res, 405, error('INVALID_REQUEST', `Pairing takes a POST request, not ${req.method ?? 'none'}`), { Allow: 'POST' });
    return true;
  }
  readBody(req, MAX_PAIR_BODY_BYTES).then(
    (body) => {
      if (body === null) {
        sendJson(res, 413, error('INVALID_REQUEST', `The pairing request is larger than ${MAX_PAIR_BODY_BYTES} bytes`), {
          Connection: 'close',
        });
        return;
      }
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        sendJson(res, 400, error('INVALID_REQUEST', 'The pairing request is not valid JSON'));
        return;
      }
      const parsed = PairRequest.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
        sendJson(res, 400, {
          ...error('INVALID_PAYLOAD', `Invalid pairing request${where}: ${issue?.message ?? 'invalid'}`),
          path: issue?.path.filter((p): p is string | number => typeof p !== 'symbol') ?? [],
        });
        return;
      }
      const outcome = remote.pair(parsed.data, address);
      if (!outcome.ok) {
        limiter.fail(address);
        sendJson(res, 401, error('FORBIDDEN', outcome.message));
        return;
      }
      sendJson(res, 200, outcome.response);
    },
    () => {
      if (!res.headersSent) sendJson(res, 400, error('INVALID_REQUEST', 'The pairing request could not be read'));
    },
  );
  return true;
}

const error = (code: ApiError['code'], message: string): ApiError => ({ code, message });

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res
    .writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
    .end(JSON.stringify(body));
}

/** The body as text, or null when it grows past `max` bytes (the rest is not read). */
function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > max) {
        done = true;
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}
