import { describe, expect, it } from 'vitest';
import { parseHubAddress } from './hubAddress';

describe('parseHubAddress', () => {
  it.each([
    ['hub.brand.cn', 'https://hub.brand.cn', 'https'],
    ['https://hub.brand.cn/livecue/', 'https://hub.brand.cn/livecue', 'https'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787', 'loopback'],
    ['http://localhost:8787', 'http://localhost:8787', 'loopback'],
    ['http://[::1]:8787', 'http://[::1]:8787', 'loopback'],
    ['http://192.168.1.20:8787', 'http://192.168.1.20:8787', 'lan'],
    ['http://10.2.3.4', 'http://10.2.3.4', 'lan'],
    ['http://172.20.0.1', 'http://172.20.0.1', 'lan'],
    ['http://hub.brand.cn', 'http://hub.brand.cn', 'public-http'],
    ['http://172.32.0.1', 'http://172.32.0.1', 'public-http'],
  ])('%s → %s (%s)', (typed, url, kind) => {
    expect(parseHubAddress(typed)).toEqual({ ok: true, url, kind });
  });

  it.each(['', 'ftp://hub', 'http://user:pw@hub', 'https://hub/?x=1', 'http://'])('refuses %j with a message', (typed) => {
    const parsed = parseHubAddress(typed);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(5);
  });
});
