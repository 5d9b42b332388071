import { describe, expect, it } from 'vitest';
import { clockOffset, measureClockOffset } from './serverClock';

describe('server clock offset', () => {
  it('takes the sample with the shortest round trip, assuming the server read its clock half-way', () => {
    const samples = [
      { sentAt: 1_000, receivedAt: 1_400, serverTime: 5_000 },
      { sentAt: 2_000, receivedAt: 2_010, serverTime: 6_105 },
      { sentAt: 3_000, receivedAt: 3_100, serverTime: 7_000 },
    ];
    expect(clockOffset(samples)).toBe(6_105 - 2_005);
    expect(clockOffset([])).toBe(0);
  });

  it('pings the server and measures how far ahead its clock is', async () => {
    let local = 0;
    const now = () => local;
    const ping = async () => {
      local += 4; // 4 ms there, the server reads its clock, 4 ms back
      const serverTime = local + 60_000;
      local += 4;
      return serverTime;
    };
    expect(await measureClockOffset(ping, now, 3)).toBe(60_000);
  });
});
