import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { contentTypeFor } from '../web/contentTypes';

/** Maps a URL path to a file inside `root`, or null when it would escape it. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = path.resolve(root);
  const full = path.resolve(base, relative);
  return full === base || full.startsWith(base + path.sep) ? full : null;
}

/** Headers every page response carries. The token travels in the page URL, so no referrer may leak it. */
function securityHeaders(req: IncomingMessage): Record<string, string> {
  const host = req.headers.host ?? '127.0.0.1';
  return {
    'Content-Security-Policy': [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      `connect-src 'self' ws://${host}`,
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
      "object-src 'none'",
    ].join('; '),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

/** Serves the built renderer. GET/HEAD only; anything outside the root is 404; a folder serves its index.html. */
function createStaticHandler(root: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = resolveStaticPath(root, url.pathname);
    let info = file ? await stat(file).catch(() => null) : null;
    // A folder serves its index.html: the overlay page is /overlay (built to overlay/index.html).
    if (file && info?.isDirectory()) {
      file = path.join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!file || !info?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { ...securityHeaders(req), 'Content-Type': contentTypeFor(file), 'Content-Length': info.size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  };
}

/** The static handler as a request listener: a failing file read ends that response (500), never the server. */
export function staticRequestListener(root: string): (req: IncomingMessage, res: ServerResponse) => void {
  const serveStatic = createStaticHandler(root);
  return (req, res) => {
    serveStatic(req, res).catch((error: unknown) => {
      console.error('[livecue] static file error', error);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  };
}

/** A page folder's path (/overlay), the same with a slash, and the files below it; nothing else. */
export function isPagePath(req: IncomingMessage, page: string): boolean {
  const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
  return pathname === page || pathname.startsWith(`${page}/`);
}

export function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('Not found');
}
