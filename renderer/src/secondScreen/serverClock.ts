/** One `app.ping`: when it left, when its answer came back (local clock), and the server's clock in the answer. */
export interface ClockSample {
  sentAt: number;
  receivedAt: number;
  serverTime: number;
}

/**
 * How far the server's clock is ahead of this page's (add it to Date.now() to get the server's now). Countdowns run
 * to the backend's absolute deadlines, so a PC whose browser clock differs (OBS on another clock, a VM) would show
 * the wrong second without it. The sample with the shortest round trip is the least disturbed; the server read its
 * clock somewhere in that trip, taken as its middle.
 */
export function clockOffset(samples: readonly ClockSample[]): number {
  let best: ClockSample | null = null;
  for (const s of samples) if (best === null || s.receivedAt - s.sentAt < best.receivedAt - best.sentAt) best = s;
  if (best === null) return 0;
  return best.serverTime - (best.sentAt + best.receivedAt) / 2;
}

/** Asks the server's time (`ping`) a few times and returns the offset of its clock (see clockOffset). */
export async function measureClockOffset(ping: () => Promise<number>, now: () => number = Date.now, rounds = 5): Promise<number> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < rounds; i++) {
    const sentAt = now();
    const serverTime = await ping();
    samples.push({ sentAt, receivedAt: now(), serverTime });
  }
  return clockOffset(samples);
}
