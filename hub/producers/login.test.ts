import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HubError } from '../../shared/api/hub/hubErrors';
import { LoginResponse } from '../../shared/api/hub/hubProducer';
import { hubBackends, stopHubBackends } from '../../test/helpers/hubBackends';
import { ok, range, refusal } from '../../test/support/hub/hubTestKit';
import { createHub, type Hub } from '../createHub';
import { LOGIN_LIMITS } from './loginRateLimit';

afterAll(stopHubBackends);

describe.each(hubBackends())('producer sign-in limits on $name', (backend) => {
  let hub: Hub;
  let now = Date.UTC(2026, 11, 7, 12);
  let n = 0;
  beforeAll(async () => {
    hub = await createHub({ database: await backend.database(), clock: () => now });
  }, 60_000);
  afterAll(() => hub?.close());

  const account = async () => {
    const username = `p${++n}`;
    await hub.admin.createAccount({ username, password: 'right password', role: 'producer' });
    return username;
  };
  const login = (username: string, password: string, remoteAddress: string) =>
    hub.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username, password }, remoteAddress });

  it('refuses an account from an address after 10 failed sign-ins there, even with the right password, until the window has passed', async () => {
    const user = await account();
    for (const i of range(1, LOGIN_LIMITS.perAccountAddress)) {
      expect(refusal(await login(user, `guess ${i}`, '10.1.0.1'))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      now += 1000;
    }
    const limited = await login(user, 'right password', '10.1.0.1');
    expect(refusal(limited)).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(refusal(limited).message).toContain('for this account from this address: try again in 15 minutes');
    const retryAfter = HubError.parse(limited.json()).error.retryAfterSeconds;
    expect(retryAfter).toBe(15 * 60 - 10);
    expect(limited.headers['retry-after']).toBe(String(retryAfter));
    // The producer signs in from their own network meanwhile: a guesser elsewhere does not lock them out.
    expect(ok(await login(user, 'right password', '10.1.9.9'), LoginResponse).account.username).toBe(user);
    // Another account from the guessing address is not held back, and a refused attempt does not extend the wait.
    ok(await login(await account(), 'right password', '10.1.0.1'), LoginResponse);
    expect(refusal(await login(user, 'right password', '10.1.0.1'))).toMatchObject({ status: 429 });
    now += LOGIN_LIMITS.windowMs - 10_000 + 1; // the first failure leaves the window
    expect(ok(await login(user, 'right password', '10.1.0.1'), LoginResponse).account.username).toBe(user);
    now += LOGIN_LIMITS.windowMs;
  });

  it('refuses an account after 50 failed sign-ins from anywhere', async () => {
    const user = await account();
    for (const i of range(0, LOGIN_LIMITS.perAccount - 1)) {
      expect(refusal(await login(user, `guess ${i}`, `10.5.${Math.floor(i / 10)}.1`))).toMatchObject({ status: 401 });
    }
    const limited = refusal(await login(user, 'right password', '10.5.99.1'));
    expect(limited).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(limited.message).toContain('for this account: try again');
    now += LOGIN_LIMITS.windowMs;
  });

  it('lets an account in from an address it signed in from before, past the account-wide limit; a new address waits', async () => {
    const user = await account();
    ok(await login(user, 'right password', '10.6.0.1'), LoginResponse);
    now += 60_000;
    for (const i of range(0, LOGIN_LIMITS.perAccount - 1)) {
      expect(refusal(await login(user, `guess ${i}`, `10.6.${1 + Math.floor(i / 10)}.1`))).toMatchObject({ status: 401 });
    }
    expect(refusal(await login(user, 'right password', '10.6.99.1')).message).toContain('for this account: try again');
    // The producer's own network is known: guessers elsewhere do not lock them out of it.
    expect(ok(await login(user, 'right password', '10.6.0.1'), LoginResponse).account.username).toBe(user);
    // A guesser there is still held by the limit per account and address.
    for (const i of range(1, LOGIN_LIMITS.perAccountAddress)) {
      expect(refusal(await login(user, `guess ${i}`, '10.6.0.1'))).toMatchObject({ status: 401 });
    }
    expect(refusal(await login(user, 'right password', '10.6.0.1'))).toMatchObject({ status: 429 });
    now += LOGIN_LIMITS.windowMs;
  });

  it('does not make an address known by a wrong password from it', async () => {
    const user = await account();
    expect(refusal(await login(user, 'first guess', '10.9.0.1'))).toMatchObject({ status: 401 });
    for (const i of range(0, LOGIN_LIMITS.perAccount - 2)) {
      expect(refusal(await login(user, `guess ${i}`, `10.9.${1 + Math.floor(i / 10)}.1`))).toMatchObject({ status: 401 });
    }
    expect(refusal(await login(user, 'right password', '10.9.0.1')).message).toContain('for this account: try again');
    now += LOGIN_LIMITS.windowMs;
  });

  it('forgets an address after the time it stays known', async () => {
    const user = await account();
    ok(await login(user, 'right password', '10.8.0.1'), LoginResponse);
    now += LOGIN_LIMITS.knownForMs;
    for (const i of range(0, LOGIN_LIMITS.perAccount - 1)) {
      expect(refusal(await login(user, `guess ${i}`, `10.8.${1 + Math.floor(i / 10)}.1`))).toMatchObject({ status: 401 });
    }
    expect(refusal(await login(user, 'right password', '10.8.0.1'))).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    now += LOGIN_LIMITS.windowMs;
  });

  it('counts an IPv6 network by its /64', async () => {
    const user = await account();
    for (const i of range(1, LOGIN_LIMITS.perAccountAddress)) {
      expect(refusal(await login(user, 'guess', `2001:db8:1:2::${i.toString(16)}`))).toMatchObject({ status: 401 });
    }
    expect(refusal(await login(user, 'right password', '2001:db8:1:2:ffff::1'))).toMatchObject({ status: 429 });
    ok(await login(user, 'right password', '2001:db8:1:3::1'), LoginResponse);
    now += LOGIN_LIMITS.windowMs;
  });

  it('refuses an address after 30 failed sign-ins across account names, and only that address', async () => {
    const user = await account();
    for (const i of range(1, LOGIN_LIMITS.perAddress)) {
      expect(refusal(await login(`nobody${i}`, 'guess', '10.2.0.1'))).toMatchObject({ status: 401 });
    }
    expect(refusal(await login(user, 'right password', '10.2.0.1'))).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(refusal(await login(user, 'right password', '10.2.0.1')).message).toContain('from this address');
    ok(await login(user, 'right password', '10.2.0.2'), LoginResponse);
    now += LOGIN_LIMITS.windowMs;
  });

  it('checks at most the limit of parallel guesses at one account from one address', async () => {
    const user = await account();
    const answers = await Promise.all(range(1, 25).map((i) => login(user, `guess ${i}`, '10.3.0.1')));
    const statuses = answers.map((a) => a.statusCode);
    const checked = statuses.filter((s) => s === 401).length;
    // Each guess is written down before it is counted: how many are checked depends on how they interleave (none,
    // when every row is in before any count), but never more than the limit.
    expect(checked).toBeLessThanOrEqual(LOGIN_LIMITS.perAccountAddress);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25 - checked);
    now += LOGIN_LIMITS.windowMs;
  });

  it('does not count right passwords, and keeps no rows past the window', async () => {
    const user = await account();
    for (const _ of range(1, LOGIN_LIMITS.perAccountAddress + 2)) ok(await login(user, 'right password', '10.4.0.1'), LoginResponse);
    now += LOGIN_LIMITS.windowMs;
    await login(user, 'wrong', '10.4.0.1');
    const rows = await hub.db.query<{ n: number }>('SELECT count(*) AS n FROM login_failures');
    expect(Number(rows[0]?.n)).toBe(1);
  });
});
