import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
// The same table the desktop app serves its pages with: plain Node, no Electron in it.
import { contentTypeFor } from '../../electron/web/contentTypes';

/** Where `npm run build -- console` writes the web console: out/renderer/console beside the repo's hub/. */
export const DEFAULT_CONSOLE_DIR = fileURLToPath(new URL('../../out/renderer/console', import.meta.url));

/** The same policy as the page's own meta tag (renderer/console/index.html); a test keeps the two equal. */
export const CONSOLE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

/**
 * The header adds what a meta tag cannot carry: no framing, so the console's revoke and create buttons cannot be
 * clicked through another site's page.
 */
const CONSOLE_CSP_HEADER = `${CONSOLE_CSP}; frame-ancestors 'none'`;

/** Vite names what it emits under assets/ by content hash: a new build gets new names, so those may be kept for good. */
const HASHED_ASSET = /^assets\//;
export const NOT_BUILT = 'console not built: run npm run build -- console\n';

/**
 * Serves the head-office web console at /console/ from a built folder. Paths without a file extension are the page's
 * own routes and get index.html; a missing folder leaves the API running and says how to build it. Routes outside
 * /console/ (and `/`, which leads there) are untouched, so the API's JSON not-found answers stay as they are.
 */
export function registerConsoleStatic(app: FastifyInstance, folder: string): void {
  const root = path.resolve(folder);
  app.get('/', (_request, reply) => reply.redirect('/console/'));
  app.get('/console', (_request, reply) => reply.redirect('/console/'));
  app.get('/console/*', async (request, reply) => {
    const wanted = (request.params as { '*': string })['*'];
    const file = resolveInside(root, wanted);
    if (file === null) return plain(reply, 400, 'bad path\n');
    if (!(await isFile(path.join(root, 'index.html')))) return plain(reply, 503, NOT_BUILT);
    if (await isFile(file)) return sendFile(reply, file, HASHED_ASSET.test(wanted));
    // A file that is not there (an old asset name) is a 404; anything else is a page route.
    if (path.posix.extname(wanted) !== '') return plain(reply, 404, 'not found\n');
    return sendFile(reply, path.join(root, 'index.html'), false);
  });
}

/** The file a request names inside `root`, or null when it would leave it (`..`, a NUL, a backslash trick). */
export function resolveInside(root: string, wanted: string): string | null {
  if (wanted.includes('\0') || wanted.includes('\\')) return null;
  const segments = wanted.split('/');
  if (segments.some((s) => s === '..')) return null;
  const file = path.resolve(root, ...segments.filter((s) => s !== '' && s !== '.'));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function sendFile(reply: FastifyReply, file: string, immutable: boolean) {
  const body = await readFile(file);
  return reply
    .header('content-type', contentTypeFor(file))
    .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
    .header('content-security-policy', CONSOLE_CSP_HEADER)
    .header('x-frame-options', 'DENY')
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .send(body);
}

function plain(reply: FastifyReply, status: number, text: string) {
  return reply
    .status(status)
    .header('content-type', 'text/plain; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('x-content-type-options', 'nosniff')
    .send(text);
}
