import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHubClient, HubRequestError } from '../../shared/api/hub/hubClient';

/** A real HTTP server whose answers each test chooses: the client is tested over the wire, not with a fake fetch. */
let answer: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
let seen: { method?: string | undefined; url?: string | undefined; authorization?: string | undefined; body: string }[] = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, authorization: req.headers.authorization, body });
      answer(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const json = (status: number, value: unknown) => (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
};

async function problemOf(promise: Promise<unknown>): Promise<{ problem: string; message: string; hubCode: string | null }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HubRequestError) return { problem: error.problem, message: error.message, hubCode: error.hubCode };
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('hub client', () => {
  const client = () => createHubClient({ baseUrl: `${baseUrl}/`, timeoutMs: 2000 });

  it('sends the bearer credential and a checked body, and returns the checked answer', async () => {
    seen = [];
    answer = json(200, { publications: [], cursor: 7, more: false });
    expect(await client().call('publications', { token: 'secret-1', query: { after: 7, limit: 10 } })).toEqual({
      publications: [],
      cursor: 7,
      more: false,
    });
    expect(seen).toEqual([{ method: 'GET', url: '/v1/publications?after=7&limit=10', authorization: 'Bearer secret-1', body: '' }]);
  });

  it('refuses to send a body that breaks the contract', async () => {
    seen = [];
    await expect(client().call('deliveries', { token: 't', body: { reports: [] } })).rejects.toThrow(/breaks the contract/);
    expect(seen).toEqual([]);
  });

  it('calls an answer that breaks the contract BAD_RESPONSE, naming the field', async () => {
    answer = json(200, { publications: [], cursor: -1, more: false });
    expect(await problemOf(client().call('publications', { token: 't' }))).toMatchObject({ problem: 'BAD_RESPONSE', message: /cursor/ });
    answer = (_req, res) => res.end('<html>hello</html>');
    expect(await problemOf(client().call('health'))).toMatchObject({ problem: 'BAD_RESPONSE', message: /not JSON/ });
  });

  it('turns the hub’s refusals into sync problems', async () => {
    answer = json(401, { error: { code: 'DEVICE_REVOKED', message: 'revoked' } });
    expect(await problemOf(client().call('device', { token: 't' }))).toMatchObject({ problem: 'REVOKED', hubCode: 'DEVICE_REVOKED' });
    answer = json(409, { error: { code: 'ENROLLMENT_CODE_INVALID', message: 'used' } });
    const enroll = client().call('enroll', { body: { code: '23456-789AB', deviceName: 'PC', appVersion: '1', localDeviceId: 'x' } });
    expect(await problemOf(enroll)).toMatchObject({ problem: 'CODE_INVALID' });
    answer = json(429, { error: { code: 'RATE_LIMITED', message: 'try again in 10 minutes' } });
    const again = client().call('enroll', { body: { code: '23456-789AB', deviceName: 'PC', appVersion: '1', localDeviceId: 'x' } });
    expect(await problemOf(again)).toMatchObject({ problem: 'RATE_LIMITED', message: /10 minutes/ });
    answer = json(403, { error: { code: 'FORBIDDEN', message: 'not yours' } });
    expect(await problemOf(client().call('device', { token: 't' }))).toMatchObject({ problem: 'REJECTED', message: /not yours/ });
    answer = (_req, res) => {
      res.writeHead(502);
      res.end('Bad Gateway');
    };
    expect(await problemOf(client().call('device', { token: 't' }))).toMatchObject({ problem: 'UNREACHABLE', message: /502/ });
  });

  it('calls a hub that does not answer, or is not there, UNREACHABLE', async () => {
    answer = () => {}; // never answers
    const slow = createHubClient({ baseUrl, timeoutMs: 200 });
    expect(await problemOf(slow.call('health'))).toMatchObject({ problem: 'UNREACHABLE', message: /did not answer/ });
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await problemOf(createHubClient({ baseUrl: `http://127.0.0.1:${port}` }).call('health'))).toMatchObject({
      problem: 'UNREACHABLE',
      message: /ECONNREFUSED/,
    });
  });

  it.skipIf(!hasOpenssl())('calls a certificate this PC does not trust TLS', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'livecue-tls-'));
    const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'],
      {
        stdio: 'ignore',
      },
    );
    const tls = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_req, res) => res.end('{}'));
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    try {
      const port = (tls.address() as AddressInfo).port;
      expect(await problemOf(createHubClient({ baseUrl: `https://127.0.0.1:${port}` }).call('health'))).toMatchObject({
        problem: 'TLS',
        message: /certificate/,
      });
    } finally {
      await new Promise<void>((resolve) => tls.close(() => resolve()));
    }
  });
});

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
