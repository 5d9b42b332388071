import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_CSP, NOT_BUILT, registerConsoleStatic, resolveInside } from './consoleStatic';
import { HubHttpError } from './hubHttpError';

/** The API's own not-found answer, as registerEndpoints sets it, to check the console leaves it alone. */
function appServing(folder: string): FastifyInstance {
  const app = Fastify();
  app.get('/v1/health', async () => ({ ok: true }));
  app.setNotFoundHandler((request, reply) => {
    const error = new HubHttpError('NOT_FOUND', `No route ${request.method} ${request.url}.`);
    return reply.status(404).send({ error: { code: error.code, message: error.message } });
  });
  registerConsoleStatic(app, folder);
  return app;
}

let built: string;
let app: FastifyInstance;
beforeAll(async () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'console-static-'));
  built = path.join(temp, 'console');
  mkdirSync(path.join(built, 'assets'), { recursive: true });
  writeFileSync(path.join(built, 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(path.join(built, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(path.join(built, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(path.join(temp, 'secret.txt'), 'not for the web');
  app = appServing(built);
  await app.ready();
});
afterAll(() => app.close());

describe('the hub serves the web console', () => {
  it('answers /console/ with index.html, not cached, with the page policy and nosniff', async () => {
    const res = await app.inject('/console/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    // The page's own policy, plus no framing (which a meta tag cannot say).
    expect(res.headers['content-security-policy']).toBe(`${CONSOLE_CSP}; frame-ancestors 'none'`);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).toContain('<title>console</title>');
  });

  it('keeps hashed assets for a year, with their content types', async () => {
    const js = await app.inject('/console/assets/index-abc123.js');
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const css = await app.inject('/console/assets/index-abc123.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('answers the page’s own routes with index.html, and a missing asset with 404', async () => {
    const route = await app.inject('/console/stores/S001');
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('<title>console</title>');
    const missing = await app.inject('/console/assets/index-old999.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toBe('text/plain; charset=utf-8');
  });

  it('refuses to leave the folder', async () => {
    for (const url of [
      '/console/../secret.txt',
      '/console/..%2fsecret.txt',
      '/console/assets/..%2f..%2fsecret.txt',
      '/console/%2e%2e/secret.txt',
    ]) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(res.body, url).not.toContain('not for the web');
    }
    expect(resolveInside('/srv/console', '../x')).toBeNull();
    expect(resolveInside('/srv/console', 'a\\..\\..\\x')).toBeNull();
    expect(resolveInside('/srv/console', 'assets/a.js')).toBe(path.resolve('/srv/console/assets/a.js'));
  });

  it('leads / and /console to /console/', async () => {
    for (const url of ['/', '/console']) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(302);
      expect(res.headers.location, url).toBe('/console/');
    }
  });

  it('leaves the API and its JSON not-found answers alone', async () => {
    expect((await app.inject('/v1/health')).json()).toEqual({ ok: true });
    const unknown = await app.inject('/v1/no-such-route');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('says how to build the console when its folder is missing, and the API still runs', async () => {
    const bare = appServing(path.join(built, 'nowhere'));
    await bare.ready();
    const res = await bare.inject('/console/');
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body).toBe(NOT_BUILT);
    expect((await bare.inject('/v1/health')).statusCode).toBe(200);
    await bare.close();
  });

  it('sends the same policy as the page declares in its meta tag', () => {
    const html = readFileSync(new URL('../../renderer/console/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONSOLE_CSP);
  });
});
