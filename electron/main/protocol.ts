import fs from 'node:fs';
import nodePath from 'node:path';
import { contentTypeFor } from '../web/contentTypes';
import { CONTENT_SECURITY_POLICY } from './csp';

/** The app is served from livecue://app/ rather than file:// so it has a real origin for CSP and sender checks. */
export const APP_SCHEME = 'livecue';
const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

interface SchemeRegistrar {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: typeof APP_SCHEME_PRIVILEGES }[]): void;
}

/** Must run before the app is ready (Electron only accepts privileged schemes then). */
export function registerAppScheme(protocol: SchemeRegistrar): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/** `livecue://app/...` counts as the app; anything else, including other livecue hosts, does not. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

type PathApi = Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

export type ResolvedPath = { ok: true; file: string } | { ok: false; status: 400 | 404 };

/**
 * Maps a livecue:// URL to a file inside the renderer folder, or refuses it. Pure; `pathApi` is
 * injectable so Windows path rules are tested on any OS. Refuses other hosts, undecodable or NUL
 * paths, and anything that resolves outside the folder (`..`, encoded slashes or backslashes,
 * drive letters).
 */
export function resolveRendererPath(rendererDir: string, url: string, pathApi: PathApi = nodePath): ResolvedPath {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { ok: false, status: 404 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0')) return { ok: false, status: 400 };
  if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html';
  const root = pathApi.resolve(rendererDir);
  // Strip leading separators so the path is always joined under root, never taken as absolute.
  const relativePart = pathname.replace(/^[/\\]+/, '');
  const file = pathApi.resolve(root, relativePart);
  if (!isInside(root, file, pathApi)) return { ok: false, status: 404 };
  return { ok: true, file };
}

/** True when `file` is strictly below `root` (not root itself, not a sibling, not another drive). */
export function isInside(root: string, file: string, pathApi: PathApi = nodePath): boolean {
  const relative = pathApi.relative(root, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${pathApi.sep}`) && !pathApi.isAbsolute(relative);
}

/** Headers on every response, errors included. */
function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

function errorResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } });
}

export interface FileSystem {
  readFile(file: string): Promise<Uint8Array>;
  realpath(file: string): Promise<string>;
}

/**
 * Looked up on the `fs` object at call time and through the callback API: that is what Electron
 * patches to read inside app.asar, where the packaged renderer lives.
 */
const nodeFs: FileSystem = {
  readFile: (file) => new Promise((resolve, reject) => fs.readFile(file, (error, data) => (error ? reject(error) : resolve(data)))),
  realpath: (file) => new Promise((resolve, reject) => fs.realpath(file, (error, real) => (error ? reject(error) : resolve(real)))),
};

/** The `protocol.handle` handler: serves out/renderer read-only. */
export function createAppProtocolHandler(rendererDir: string, files: FileSystem = nodeFs): (request: Request) => Promise<Response> {
  const root = nodePath.resolve(rendererDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405, 'Method not allowed');
    const resolved = resolveRendererPath(root, request.url);
    if (!resolved.ok) return errorResponse(resolved.status, resolved.status === 404 ? 'Not found' : 'Bad request');
    let body: Uint8Array;
    try {
      // A symlink inside the folder must not lead out of it either.
      const [realRoot, realFile] = await Promise.all([files.realpath(root), files.realpath(resolved.file)]);
      if (!isInside(realRoot, realFile)) return errorResponse(404, 'Not found');
      body = await files.readFile(realFile);
    } catch {
      // Missing file, directory, unreadable: all the same to the page.
      return errorResponse(404, 'Not found');
    }
    const headers = { ...securityHeaders(), 'Content-Type': contentTypeFor(resolved.file), 'Content-Length': String(body.byteLength) };
    // fs.readFile never returns a SharedArrayBuffer view; the cast only narrows the typing.
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers });
  };
}

interface ProtocolHandlerRegistry {
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
}

/** After ready: route livecue:// to the renderer folder. */
export function installAppProtocol(protocol: ProtocolHandlerRegistry, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
