import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../../hub/createHub';
import { StoresResponse } from '../../../shared/api/hub/hubConsole';
import { LoginResponse } from '../../../shared/api/hub/hubProducer';
import { appendEvents, enrollStore, startHub, status, storeBackend, syncNow, tempDir } from '../../../test/integration/syncKit';
import type { Backend } from '../createBackend';

let hub: Hub;
let url: string;
let headOffice: { authorization: string };

beforeAll(async () => {
  ({ hub, url } = await startHub());
  await hub.admin.createAccount({ username: 'hq', password: 'correct horse', role: 'admin' });
  const login = await hub.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username: 'hq', password: 'correct horse' } });
  headOffice = { authorization: `Bearer ${LoginResponse.parse(login.json()).token}` };
}, 60_000);
afterAll(() => hub?.close());

describe('the pull tells head office what waits to upload', () => {
  let store: Backend | null = null;
  afterAll(() => store?.close());

  it('sends the outbox size with each page, and head office shows the latest', async () => {
    const dataDir = tempDir('store');
    const pulls: string[] = [];
    let armed = false;
    // Events logged while the pull is under way (a show running) are what the next page reports.
    const watching: typeof fetch = (input, init) => {
      const address = String(input);
      if (address.includes('/v1/publications?')) {
        pulls.push(new URL(address).searchParams.get('waiting') ?? 'none');
        if (armed) appendEvents(dataDir, 7);
        armed = false;
      }
      return fetch(input, init);
    };
    store = await storeBackend(dataDir, { http: { fetch: watching } });
    const { storeCode } = await enrollStore(hub, url, store);
    await syncNow(store); // the turn enrolling starts is over
    // Eleven publications: two pages of ten.
    for (let i = 0; i < 11; i++) {
      const res = await hub.app.inject({
        method: 'POST',
        url: '/v1/publications',
        headers: headOffice,
        payload: {
          kind: 'show',
          key: `show-${i}`,
          title: `节目 ${i}`,
          target: { kind: 'store', storeCode },
          content: { entries: { 'show.json': '{}' }, images: [] },
        },
      });
      expect(res.statusCode).toBe(200);
    }
    const storeRow = async () => {
      const res = await hub.app.inject({ url: '/v1/stores', headers: headOffice });
      return StoresResponse.parse(res.json()).stores.find((s) => s.code === storeCode);
    };

    pulls.length = 0;
    armed = true;
    await syncNow(store);
    expect(pulls).toEqual(['0', '7']);
    expect((await storeRow())?.eventsWaiting).toBe(7);
    // The turn uploaded them after the pull; the next pull says so.
    expect(await status(store)).toMatchObject({ pendingEvents: 0 });
    await syncNow(store);
    expect(pulls).toEqual(['0', '7', '0']);
    expect((await storeRow())?.eventsWaiting).toBe(0);
  }, 60_000);
});
