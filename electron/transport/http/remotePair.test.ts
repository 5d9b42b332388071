import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REMOTE_PAIR_PATH, TOKEN_CHECK_PATH } from '../../../shared/api/wire';
import type { PairRequest } from '../../../shared/domain/remote/remoteDevice';
import type { PairOutcome } from '../../backend/remote/remote.service';
import { tokenAuthorizer } from '../ws/token';
import { answerTokenCheck } from '../ws/tokenCheck';
import { FailureLimiter } from './failureLimiter';
import { answerRemotePair, MAX_PAIR_BODY_BYTES } from './remotePair';

let server: Server | null = null;
afterEach(async () => {
  const s = server;
  server = null;
  if (s) await new Promise<void>((r) => s.close(() => r()));
});

const RESPONSE = { deviceId: 'd1', token: 't'.repeat(43), role: 'control', name: '小王' } as const;

async function start(limiter = new FailureLimiter({ maxFailures: 2, now: () => 0 })) {
  const pair = vi.fn(
    (request: PairRequest, _address: string | null): PairOutcome =>
      request.code === 'right' ? { ok: true, response: RESPONSE } : { ok: false, message: 'This pairing code is wrong, used or expired.' },
  );
  const authorize = tokenAuthorizer({
    console: 'launch',
    remote: (t) => (t === 'waiting' ? { deviceId: 'd1', role: 'remote-control', status: 'pending' } : null),
  });
  server = createServer((req, res) => {
    if (answerTokenCheck(req, res, authorize, limiter) || answerRemotePair(req, res, { pair }, limiter)) return;
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = (body: string) =>
    fetch(`${base}${REMOTE_PAIR_PATH}`, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
  const check = (token: string) => fetch(`${base}${TOKEN_CHECK_PATH}?token=${token}`).then((r) => r.status);
  return { base, post, check, pair };
}

describe('pairing endpoint', () => {
  it('pairs with the right code and passes the client address along', async () => {
    const { post, pair } = await start();
    const res = await post(JSON.stringify({ code: 'right', name: '  小王  ' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(RESPONSE);
    expect(pair).toHaveBeenCalledWith({ code: 'right', name: '小王' }, '127.0.0.1');
  });

  it('names what is wrong with a bad body (400), refuses other methods (405) and big bodies (413)', async () => {
    const { base, post, pair } = await start();
    let res = await post('{not json');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 'INVALID_REQUEST', message: 'The pairing request is not valid JSON' });
    res = await post(JSON.stringify({ code: 'right', name: '' }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'INVALID_PAYLOAD', path: ['name'], message: expect.stringContaining('"name"') });
    res = await post(JSON.stringify({ code: 'right', name: 'x', extra: 1 }));
    expect(res.status).toBe(400);
    res = await fetch(`${base}${REMOTE_PAIR_PATH}`);
    expect(res.status).toBe(405);
    res = await post(JSON.stringify({ code: 'right', name: 'x'.repeat(MAX_PAIR_BODY_BYTES) }));
    expect(res.status).toBe(413);
    expect(pair).not.toHaveBeenCalled();
  });

  it('refuses a wrong code with 401 and counts it: the address then gets 429 for codes and tokens alike', async () => {
    const { post, check } = await start();
    let res = await post(JSON.stringify({ code: 'wrong', name: 'x' }));
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('wrong') });
    expect(await check('nope')).toBe(401);
    res = await post(JSON.stringify({ code: 'right', name: 'x' }));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('60');
    expect(await check('launch')).toBe(429);
  });
});

describe('token check', () => {
  it('answers 204 for a known token, 202 for a device waiting for confirmation, 401 otherwise', async () => {
    const { check } = await start(new FailureLimiter({ maxFailures: 5, now: () => 0 }));
    expect(await check('launch')).toBe(204);
    expect(await check('waiting')).toBe(202);
    expect(await check('nope')).toBe(401);
  });
});
