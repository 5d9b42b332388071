import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';
import {
  APP_SCHEME,
  createAppProtocolHandler,
  installAppProtocol,
  isAppUrl,
  isInside,
  registerAppScheme,
  resolveRendererPath,
} from './protocol';

describe('registerAppScheme', () => {
  it('registers livecue as standard, secure and fetch-capable', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'livecue', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('resolveRendererPath (posix)', () => {
  const root = '/app/out/renderer';
  const resolve = (url: string) => resolveRendererPath(root, url, path.posix);

  it('maps app URLs to files in the renderer folder', () => {
    expect(resolve('livecue://app/index.html')).toEqual({ ok: true, file: '/app/out/renderer/index.html' });
    expect(resolve('livecue://app/assets/index-abc.js')).toEqual({ ok: true, file: '/app/out/renderer/assets/index-abc.js' });
    expect(resolve('livecue://app/assets/a%20b.css?v=1#x')).toEqual({ ok: true, file: '/app/out/renderer/assets/a b.css' });
    expect(resolve('livecue://app/fonts/%E6%80%9D%E6%BA%90.woff2')).toEqual({ ok: true, file: '/app/out/renderer/fonts/思源.woff2' });
  });

  it('serves index.html for the root and for folders', () => {
    expect(resolve('livecue://app/')).toEqual({ ok: true, file: '/app/out/renderer/index.html' });
    expect(resolve('livecue://app')).toEqual({ ok: true, file: '/app/out/renderer/index.html' });
    expect(resolve('livecue://app/presenter/')).toEqual({ ok: true, file: '/app/out/renderer/presenter/index.html' });
  });

  it('refuses traversal out of the folder, however it is spelled', () => {
    for (const url of [
      'livecue://app/..%2f..%2fetc%2fpasswd',
      'livecue://app/assets/..%2f..%2f..%2fsecret',
      'livecue://app/..%2frenderer-other/x.js',
    ]) {
      expect(resolve(url), url).toEqual({ ok: false, status: 404 });
    }
  });

  it('keeps dot segments that the URL parser normalises inside the folder', () => {
    // WHATWG URL removes literal ../ before we see the path: it can only land inside the root.
    expect(resolve('livecue://app/../../etc/passwd')).toEqual({ ok: true, file: '/app/out/renderer/etc/passwd' });
    expect(resolve('livecue://app/%2e%2e/%2e%2e/etc/passwd')).toEqual({ ok: true, file: '/app/out/renderer/etc/passwd' });
    expect(resolve('livecue://app/%2e%2e')).toEqual({ ok: true, file: '/app/out/renderer/index.html' });
  });

  it('treats a leading double slash as relative, never as an absolute path', () => {
    const result = resolve('livecue://app//etc/passwd');
    expect(result).toEqual({ ok: true, file: '/app/out/renderer/etc/passwd' });
  });

  it('refuses other hosts and schemes', () => {
    expect(resolve('livecue://evil/index.html')).toEqual({ ok: false, status: 404 });
    expect(resolve('livecue://app.evil/index.html')).toEqual({ ok: false, status: 404 });
    expect(resolve('livecue://app:8080/index.html')).toEqual({ ok: false, status: 404 });
    expect(resolve('file:///app/out/renderer/index.html')).toEqual({ ok: false, status: 404 });
    expect(resolve('https://app/index.html')).toEqual({ ok: false, status: 404 });
  });

  it('refuses malformed input', () => {
    expect(resolve('not a url')).toEqual({ ok: false, status: 400 });
    expect(resolve('livecue://app/%E0%A4%A')).toEqual({ ok: false, status: 400 });
    expect(resolve('livecue://app/index.html%00.png')).toEqual({ ok: false, status: 400 });
  });
});

describe('resolveRendererPath (windows rules)', () => {
  const root = 'C:\\Program Files\\LiveCue\\resources\\app.asar\\out\\renderer';
  const resolve = (url: string) => resolveRendererPath(root, url, path.win32);

  it('maps app URLs with backslash separators', () => {
    expect(resolve('livecue://app/assets/index.js')).toEqual({ ok: true, file: `${root}\\assets\\index.js` });
  });

  it('refuses encoded backslash traversal, drive letters and UNC paths', () => {
    for (const url of [
      'livecue://app/..%5c..%5cwindows%5cwin.ini',
      'livecue://app/assets%5c..%5c..%5c..%5csecret',
      'livecue://app/C:%5cWindows%5cwin.ini',
      'livecue://app/D:/data.db',
      'livecue://app/%5c%5cserver%5cshare%5c..%5c..%5c..%5c..%5c..%5cx',
    ]) {
      expect(resolve(url), url).toEqual({ ok: false, status: 404 });
    }
  });
});

describe('isInside', () => {
  it('is strict about siblings, the root itself and names starting with dots', () => {
    expect(isInside('/r', '/r/a')).toBe(true);
    expect(isInside('/r', '/r/..a')).toBe(true);
    expect(isInside('/r', '/r')).toBe(false);
    expect(isInside('/r', '/r2/a')).toBe(false);
    expect(isInside('/r', '/a')).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('accepts only livecue://app', () => {
    expect(isAppUrl('livecue://app/index.html')).toBe(true);
    expect(isAppUrl('livecue://app/index.html#/show/3')).toBe(true);
    expect(isAppUrl('livecue://other/index.html')).toBe(false);
    expect(isAppUrl('https://app/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });
});

describe('createAppProtocolHandler', () => {
  let dir: string;
  let rendererDir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'livecue-protocol-'));
    rendererDir = path.join(dir, 'renderer');
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>LiveCue</title>');
    writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'do not serve');
    symlinkSync(path.join(dir, 'secret.txt'), path.join(rendererDir, 'assets', 'link.txt'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => createAppProtocolHandler(rendererDir)(new Request(url, { method }));

  it('serves files with their content type and the CSP', async () => {
    const response = await get('livecue://app/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>LiveCue</title>');

    const js = await get('livecue://app/assets/app.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
  });

  it('answers 404 with the CSP for missing files, folders, traversal, symlinks out and other hosts', async () => {
    for (const url of [
      'livecue://app/missing.js',
      'livecue://app/assets',
      'livecue://app/..%2fsecret.txt',
      'livecue://app/assets/link.txt',
      'livecue://other/index.html',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text(), url).not.toContain('do not serve');
    }
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await get('livecue://app/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('livecue://app/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('is what installAppProtocol registers for the livecue scheme', async () => {
    const handle = vi.fn();
    installAppProtocol({ handle }, rendererDir);
    expect(handle).toHaveBeenCalledWith(APP_SCHEME, expect.any(Function));
    const handler = handle.mock.calls[0]?.[1] as (r: Request) => Promise<Response>;
    expect((await handler(new Request('livecue://app/index.html'))).status).toBe(200);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is strict: no inline or remote scripts, no objects, no framing', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';')
        .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
