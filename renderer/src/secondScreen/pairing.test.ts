import { describe, expect, it } from 'vitest';
import { REMOTE_PAIR_PATH, TOKEN_CHECK_PATH } from '../../../shared/api/wire';
import { PAIRED_DEVICE_KEY } from './pairedDevice';
import { createPairing, type HttpFetch, type PairingEnvironment } from './pairing';

const device = { deviceId: 'd1', token: 'tok-1', role: 'control' as const, name: '小王的手机' };
const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** A phone's browser: a kept storage, a fake PC answering HTTP, timers run by hand. */
function phone(href: string, answer: (url: URL, body: unknown) => { status: number; body?: unknown }) {
  const items = new Map<string, string>();
  const requests: { url: URL; body: unknown }[] = [];
  const timers: (() => void)[] = [];
  const urls: string[] = [];
  const fetch: HttpFetch = async (url, init) => {
    const parsed = new URL(url);
    const body = init.body === undefined ? undefined : JSON.parse(init.body);
    requests.push({ url: parsed, body });
    const reply = answer(parsed, body);
    if (reply.status === 0) throw new TypeError('network down');
    return { status: reply.status, ok: reply.status >= 200 && reply.status < 300, json: async () => reply.body ?? null };
  };
  const env: PairingEnvironment = {
    href,
    storage: { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) },
    fetch,
    replaceUrl: (url) => urls.push(url),
    setTimeout: (run) => timers.push(run),
    clearTimeout: () => {},
  };
  const tick = async () => {
    for (const run of timers.splice(0)) run();
    await flush();
  };
  return { env, items, requests, urls, tick };
}

describe('pairing a phone', () => {
  it('sends the code and name, keeps the token, drops the code from the URL, waits for the PC, then is paired', async () => {
    let verdict = 202;
    const p = phone('http://192.168.1.5:5319/remote?pair=CODE1', (url) =>
      url.pathname === REMOTE_PAIR_PATH ? { status: 200, body: device } : { status: url.pathname === TOKEN_CHECK_PATH ? verdict : 404 },
    );
    const pairing = createPairing(p.env);
    expect(pairing.getState().current).toMatchObject({ step: 'naming', code: 'CODE1' });
    await pairing.getState().pair('  小王的手机 ');
    expect(p.requests[0]?.body).toEqual({ code: 'CODE1', name: '小王的手机' });
    expect(p.requests[0]?.url.origin).toBe('http://192.168.1.5:5319');
    expect(JSON.parse(p.items.get(PAIRED_DEVICE_KEY) ?? 'null')).toEqual(device);
    expect(p.urls).toEqual(['/remote']);
    expect(pairing.getState().current).toMatchObject({ step: 'waiting' });
    await p.tick();
    expect(p.requests.at(-1)?.url.searchParams.get('token')).toBe('tok-1');
    expect(pairing.getState().current.step).toBe('waiting');
    verdict = 204;
    await p.tick();
    expect(pairing.getState().current).toEqual({ step: 'paired', device });
  });

  it('says why a pairing request failed and lets the person try again', async () => {
    let status = 410;
    const p = phone('http://pc/remote?pair=OLD', () => ({
      status,
      body: { error: { code: 'NOT_FOUND', message: 'pairing code expired' } },
    }));
    const pairing = createPairing(p.env);
    await pairing.getState().pair('Phone');
    expect(pairing.getState().current).toMatchObject({ step: 'naming', failure: 'code', detail: 'pairing code expired', sending: false });
    status = 429;
    await pairing.getState().pair('Phone');
    expect(pairing.getState().current).toMatchObject({ failure: 'rate_limited' });
    status = 0;
    await pairing.getState().pair('Phone');
    expect(pairing.getState().current).toMatchObject({ failure: 'unreachable' });
    expect(p.items.size).toBe(0);
  });

  it('forgets the token when the PC declines it', async () => {
    const p = phone('http://pc/remote?pair=C', (url) =>
      url.pathname === REMOTE_PAIR_PATH ? { status: 200, body: device } : { status: 401 },
    );
    const pairing = createPairing(p.env);
    await pairing.getState().pair('Phone');
    await p.tick();
    expect(pairing.getState().current).toEqual({ step: 'declined' });
    expect(p.items.size).toBe(0);
  });

  it('reopened later: connects with the kept token, or says it was stopped on the PC', async () => {
    for (const [status, step] of [
      [204, 'paired'],
      [401, 'revoked'],
      [202, 'waiting'],
    ] as const) {
      const p = phone('http://pc/remote', () => ({ status }));
      p.items.set(PAIRED_DEVICE_KEY, JSON.stringify(device));
      const pairing = createPairing(p.env);
      await flush();
      expect(pairing.getState().current.step).toBe(step);
      expect(p.items.has(PAIRED_DEVICE_KEY)).toBe(step !== 'revoked');
    }
  });

  it('without a code or a kept token there is nothing to connect with', () => {
    const p = phone('http://pc/remote', () => ({ status: 500 }));
    expect(createPairing(p.env).getState().current).toEqual({ step: 'unpaired' });
  });
});
