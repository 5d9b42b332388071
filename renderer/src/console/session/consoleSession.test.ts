import { describe, expect, it } from 'vitest';
import { createHubClient } from '../../../../shared/api/hub/hubClient';
import type { HubError } from '../../../../shared/api/hub/hubErrors';
import type { ProducerAccount } from '../../../../shared/api/hub/hubProducer';
import { createConsoleSession, expiringClient, TOKEN_KEY } from './consoleSession';

const ACCOUNT: ProducerAccount = { username: 'li', displayName: '李娜', role: 'producer', regions: ['华东'] };
const TOKEN = 't'.repeat(40);

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const refusal = (status: number, code: HubError['error']['code']) => json(status, { error: { code, message: 'no' } });

/** A hub that knows one password and one token; `drop()` forgets the token, as when a sign-in expires. */
function fakeHub() {
  let known = TOKEN;
  let down: Response | null = null;
  const seen: string[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input));
    const auth = new Headers(init?.headers).get('authorization');
    seen.push(`${init?.method ?? 'GET'} ${url.pathname}`);
    if (down) return down.clone();
    if (url.pathname === '/v1/auth/login') {
      const body = JSON.parse(String(init?.body)) as { username: string; password: string };
      return body.password === 'right' ? json(200, { token: TOKEN, expiresAt: 1, account: ACCOUNT }) : refusal(401, 'UNAUTHENTICATED');
    }
    if (auth !== `Bearer ${known}`) return refusal(401, 'UNAUTHENTICATED');
    if (url.pathname === '/v1/me') return json(200, ACCOUNT);
    if (url.pathname === '/v1/stores') return json(200, { stores: [], hubTime: 5 });
    if (url.pathname === '/v1/publications/status') return refusal(403, 'FORBIDDEN');
    return refusal(404, 'NOT_FOUND');
  };
  return {
    client: createHubClient({ baseUrl: 'http://hub.test', fetch }),
    seen,
    drop: () => (known = 'gone'),
    /** Every answer is this one (a gateway's 502, say) until `fail(null)`. */
    fail: (answer: Response | null) => (down = answer),
  };
}

function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('the console session', () => {
  it('signs in, keeps the token for the tab, and signs out', async () => {
    const hub = fakeHub();
    const storage = memoryStorage();
    const session = createConsoleSession(hub.client, storage);
    expect(session.getState().status).toBe('signedOut');
    expect(await session.getState().signIn(' li ', 'right')).toBeNull();
    expect(session.getState()).toMatchObject({ status: 'signedIn', token: TOKEN, account: ACCOUNT, expired: false });
    expect(storage.map.get(TOKEN_KEY)).toBe(TOKEN);
    session.getState().signOut();
    expect(session.getState()).toMatchObject({ status: 'signedOut', token: null, expired: false });
    expect(storage.map.has(TOKEN_KEY)).toBe(false);
  });

  it('names a wrong password and an unreachable hub', async () => {
    const wrong = createConsoleSession(fakeHub().client, memoryStorage());
    expect(await wrong.getState().signIn('li', 'nope')).toEqual({ kind: 'wrongCredentials' });
    expect(wrong.getState().status).toBe('signedOut');
    const down = createHubClient({
      baseUrl: 'http://hub.test',
      fetch: async () => {
        throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
      },
    });
    expect(await createConsoleSession(down, memoryStorage()).getState().signIn('li', 'right')).toEqual({ kind: 'unreachable' });
  });

  it('names too many failed sign-ins with the minutes the hub asks to wait', async () => {
    const hub = fakeHub();
    hub.fail(json(429, { error: { code: 'RATE_LIMITED', message: 'Too many failed sign-ins', retryAfterSeconds: 61 } }));
    const session = createConsoleSession(hub.client, memoryStorage());
    expect(await session.getState().signIn('li', 'right')).toEqual({ kind: 'rateLimited', minutes: 2 });
    expect(session.getState().status).toBe('signedOut');
  });

  it('picks the kept token up after a reload, naming the account', async () => {
    const hub = fakeHub();
    const session = createConsoleSession(hub.client, memoryStorage({ [TOKEN_KEY]: TOKEN }));
    expect(session.getState().status).toBe('checking');
    await flush();
    expect(session.getState()).toMatchObject({ status: 'signedIn', account: ACCOUNT });
  });

  it('keeps the token when the check after a reload fails for another reason than a 401, and tries again', async () => {
    const hub = fakeHub();
    hub.fail(new Response('<html>Bad Gateway</html>', { status: 502 }));
    const storage = memoryStorage({ [TOKEN_KEY]: TOKEN });
    const session = createConsoleSession(hub.client, storage);
    await flush();
    expect(session.getState()).toMatchObject({ status: 'checkFailed', token: TOKEN, expired: false });
    expect(session.getState().checkError).toMatchObject({ problem: 'UNREACHABLE' });
    expect(storage.map.get(TOKEN_KEY)).toBe(TOKEN);
    hub.fail(null);
    await session.getState().check();
    expect(session.getState()).toMatchObject({ status: 'signedIn', account: ACCOUNT, checkError: null });
  });

  it('signs out, saying it expired, when the check after a reload gets a 401', async () => {
    const hub = fakeHub();
    hub.drop();
    const storage = memoryStorage({ [TOKEN_KEY]: TOKEN });
    const session = createConsoleSession(hub.client, storage);
    await flush();
    expect(session.getState()).toMatchObject({ status: 'signedOut', token: null, expired: true });
    expect(storage.map.has(TOKEN_KEY)).toBe(false);
  });

  it('returns to sign-in, saying it expired, on a 401 from any call; a 403 leaves the sign-in alone', async () => {
    const hub = fakeHub();
    const storage = memoryStorage();
    const session = createConsoleSession(hub.client, storage);
    await session.getState().signIn('li', 'right');
    await expect(session.getState().authorized((token) => hub.client.call('publicationsStatus', { token }))).rejects.toThrow();
    expect(session.getState().status).toBe('signedIn');
    hub.drop();
    await expect(session.getState().authorized((token) => hub.client.call('stores', { token }))).rejects.toThrow();
    expect(session.getState()).toMatchObject({ status: 'signedOut', token: null, expired: true });
    expect(storage.map.has(TOKEN_KEY)).toBe(false);
  });

  it('expires the sign-in on a 401 through the client handed to the results page too', async () => {
    const hub = fakeHub();
    const session = createConsoleSession(hub.client, memoryStorage());
    await session.getState().signIn('li', 'right');
    const client = expiringClient(hub.client, session);
    expect(await client.call('stores', { token: TOKEN })).toEqual({ stores: [], hubTime: 5 });
    // A wrong password at sign-in is not an expiry.
    await expect(client.call('login', { body: { username: 'li', password: 'nope' } })).rejects.toThrow();
    expect(session.getState().status).toBe('signedIn');
    hub.drop();
    await expect(client.call('stores', { token: TOKEN })).rejects.toThrow();
    expect(session.getState()).toMatchObject({ status: 'signedOut', expired: true });
  });

  it('does not let an old call’s 401 sign out a newer sign-in', async () => {
    const hub = fakeHub();
    const session = createConsoleSession(hub.client, memoryStorage());
    await session.getState().signIn('li', 'right');
    session.getState().expire('an older token');
    expect(session.getState().status).toBe('signedIn');
  });
});
