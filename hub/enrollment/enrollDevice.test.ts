import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeviceInfo, EnrollResponse } from '../../shared/api/hub/hubDevice';
import { hubBackends, stopHubBackends } from '../../test/helpers/hubBackends';
import { ok, range, refusal } from '../../test/support/hub/hubTestKit';
import { createHub, type Hub } from '../createHub';
import { generateEnrollmentCode } from './enrollmentCodes';

afterAll(stopHubBackends);

describe('generateEnrollmentCode', () => {
  it('gives 10 characters of the alphabet, shown as XXXXX-XXXXX', () => {
    const { code, display } = generateEnrollmentCode();
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/);
    expect(display).toBe(`${code.slice(0, 5)}-${code.slice(5)}`);
  });
});

describe.each(hubBackends())('enrollment on $name', (backend) => {
  let hub: Hub;
  let now = Date.UTC(2026, 11, 6, 12);
  let n = 0;
  beforeAll(async () => {
    hub = await createHub({ database: await backend.database(), clock: () => now });
  }, 60_000);
  afterAll(() => hub?.close());

  const store = () => hub.admin.createStore({ code: `E${++n}`, name: `门店 ${n}`, region: '华东' });
  const enroll = (code: string, remoteAddress?: string) =>
    hub.app.inject({
      method: 'POST',
      url: '/v1/enroll',
      payload: { code, deviceName: 'PC', appVersion: '0.1.0', localDeviceId: 'l' },
      ...(remoteAddress ? { remoteAddress } : {}),
    });

  it('trades a code, typed loosely, for a credential that identifies the device; the code is then spent', async () => {
    const s = await store();
    const { display, expiresAt } = await hub.admin.issueEnrollmentCode(s.code);
    expect(expiresAt).toBe(now + 7 * 24 * 60 * 60 * 1000);
    const enrolled = ok(await enroll(` ${display.toLowerCase()} `), EnrollResponse);
    expect(enrolled.store).toEqual(s);
    const stored = await hub.db.query<{ credential_hash: string }>('SELECT credential_hash FROM devices WHERE id = $1', [
      enrolled.deviceId,
    ]);
    expect(stored[0]?.credential_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0]?.credential_hash).not.toContain(enrolled.credential);
    const me = ok(await hub.app.inject({ url: '/v1/device', headers: { authorization: `Bearer ${enrolled.credential}` } }), DeviceInfo);
    expect(me).toMatchObject({ deviceId: enrolled.deviceId, store: s });
    expect(refusal(await enroll(display))).toMatchObject({ status: 409, code: 'ENROLLMENT_CODE_INVALID' });
  });

  it('lets exactly one of two concurrent enrollments with one code win', async () => {
    const s = await store();
    const { code } = await hub.admin.issueEnrollmentCode(s.code);
    const answers = await Promise.all([enroll(code), enroll(code), enroll(code)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409, 409]);
    expect(await hub.admin.listDevices(s.code)).toHaveLength(1);
  });

  it('refuses an expired code and a wrong one', async () => {
    const s = await store();
    const { code } = await hub.admin.issueEnrollmentCode(s.code, { ttlMs: 60_000 });
    now += 60_000;
    expect(refusal(await enroll(code))).toMatchObject({ status: 409, code: 'ENROLLMENT_CODE_INVALID' });
    expect(refusal(await enroll('22222-22222'))).toMatchObject({ status: 409, code: 'ENROLLMENT_CODE_INVALID' });
    expect(refusal(await enroll('short'))).toMatchObject({ status: 400, code: 'INVALID_PAYLOAD' });
    expect(await hub.admin.listDevices(s.code)).toEqual([]);
  });

  it('notes when a device was last seen on any authenticated request, writing at most once a minute', async () => {
    const s = await store();
    const { code } = await hub.admin.issueEnrollmentCode(s.code);
    const { credential } = ok(await enroll(code), EnrollResponse);
    const headers = { authorization: `Bearer ${credential}` };
    const lastSeen = async () => (await hub.admin.listDevices(s.code))[0]?.lastSeenAt;
    expect(await lastSeen()).toBeNull();
    const seenAt = now;
    expect((await hub.app.inject({ url: '/v1/device', headers })).statusCode).toBe(200);
    expect(await lastSeen()).toBe(seenAt);
    now += 59_000;
    expect((await hub.app.inject({ url: '/v1/publications', headers })).statusCode).toBe(200);
    expect(await lastSeen()).toBe(seenAt);
    now += 1_000;
    expect((await hub.app.inject({ url: '/v1/publications', headers })).statusCode).toBe(200);
    expect(await lastSeen()).toBe(now);
  });

  it('refuses an address after 10 wrong codes in 10 minutes, without trying its code, until the window has passed', async () => {
    const s = await store();
    const { code } = await hub.admin.issueEnrollmentCode(s.code);
    const guesser = '10.0.0.9';
    for (let i = 0; i < 10; i++) {
      expect(refusal(await enroll(`2222${'23456789AB'[i]}-22222`, guesser))).toMatchObject({
        status: 409,
        code: 'ENROLLMENT_CODE_INVALID',
      });
      now += 1000;
    }
    const limited = refusal(await enroll(code, guesser));
    expect(limited).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(limited.message).toContain('try again in 10 minutes');
    expect(await hub.admin.listDevices(s.code)).toEqual([]);
    // Another address is not held back, and a refused attempt does not extend the wait.
    expect(refusal(await enroll('33333-33333', '10.0.0.10'))).toMatchObject({ status: 409 });
    expect(refusal(await enroll(code, guesser))).toMatchObject({ status: 429 });
    now += 10 * 60 * 1000 - 10_000 + 1; // the first wrong code leaves the window
    expect((await enroll(code, guesser)).statusCode).toBe(200);
  });

  it('never refuses right codes enrolling at the same moment from one address (stores behind one proxy)', async () => {
    const stores = await Promise.all(range(1, 30).map(() => store()));
    const codes = await Promise.all(stores.map((s) => hub.admin.issueEnrollmentCode(s.code)));
    const answers = await Promise.all(codes.map(({ code }) => enroll(code, '10.0.0.30')));
    expect(answers.map((a) => a.statusCode)).toEqual(codes.map(() => 200));
  });

  it('does not count right codes against an address', async () => {
    const s = await store();
    for (let i = 0; i < 12; i++) {
      const { code } = await hub.admin.issueEnrollmentCode(s.code);
      expect((await enroll(code, '10.0.0.11')).statusCode).toBe(200);
    }
  });

  it('refuses an unknown credential and a missing one', async () => {
    expect(refusal(await hub.app.inject({ url: '/v1/device' }))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(refusal(await hub.app.inject({ url: '/v1/device', headers: { authorization: 'Bearer nope' } }))).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });

  it('refuses a credential that names a real store and device but carries another secret', async () => {
    const s = await store();
    const { code } = await hub.admin.issueEnrollmentCode(s.code);
    const { credential } = (await enroll(code, '10.0.0.12')).json() as { credential: string };
    const device = (authorization: string) => hub.app.inject({ url: '/v1/device', headers: { authorization } });
    expect((await device(`Bearer ${credential}`)).statusCode).toBe(200);
    const [storeId, deviceId, secret] = credential.split('.');
    expect([storeId, deviceId]).toEqual([s.id, expect.any(String)]);
    const forged = `${storeId}.${deviceId}.${(secret as string).replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`;
    expect(refusal(await device(`Bearer ${forged}`))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });
});
