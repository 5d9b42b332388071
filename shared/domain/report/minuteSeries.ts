import type { SessionCounter } from '../session/sessionEvents';
import type { MinutePoint } from './sessionReport';

const MINUTE = 60_000;
/** The counters the review charts per minute. */
export const MINUTE_COUNTERS = ['likes', 'orders', 'gmvFen'] as const satisfies readonly SessionCounter[];
type MinuteCounter = (typeof MINUTE_COUNTERS)[number];

interface Bucket {
  likes: number;
  orders: number;
  gmvFen: number;
  /** Highest viewers-online reading taken in this minute, if any. */
  viewersPeak: number | null;
}

const isMinuteCounter = (counter: SessionCounter): counter is MinuteCounter => (MINUTE_COUNTERS as readonly string[]).includes(counter);

/**
 * The session minute by minute (wall-clock minutes, as the platforms' trend exports are): what was counted in
 * each, and the viewers online. Order-independent, so pages of events can arrive in any order; memory grows with
 * the minutes that saw an entry, not with the entries.
 */
export function createMinuteSeries() {
  const buckets = new Map<number, Bucket>();
  const bucket = (at: number): Bucket => {
    const minute = Math.floor(at / MINUTE) * MINUTE;
    let b = buckets.get(minute);
    if (!b) {
      b = { likes: 0, orders: 0, gmvFen: 0, viewersPeak: null };
      buckets.set(minute, b);
    }
    return b;
  };
  return {
    counter(counter: SessionCounter, by: number, at: number): void {
      if (isMinuteCounter(counter)) bucket(at)[counter] += by;
    },
    viewers(value: number, at: number): void {
      const b = bucket(at);
      b.viewersPeak = b.viewersPeak === null ? value : Math.max(b.viewersPeak, value);
    },
    /**
     * Every minute from the session's start to `until`, gaps included (a chart needs the zeros). Viewers online
     * carry the last reading into minutes without one: the audience did not leave because nobody read the count.
     */
    result(startedAt: number | null, until: number): MinutePoint[] {
      if (startedAt === null) return [];
      const first = Math.floor(startedAt / MINUTE) * MINUTE;
      const last = Math.floor(Math.max(until, startedAt) / MINUTE) * MINUTE;
      const out: MinutePoint[] = [];
      let viewers: number | null = null;
      // Readings taken before the start (a preflight read, say) still tell the first minute's audience.
      for (const [minute, b] of [...buckets].sort((x, y) => x[0] - y[0])) {
        if (minute >= first) break;
        if (b.viewersPeak !== null) viewers = b.viewersPeak;
      }
      for (let at = first; at <= last; at += MINUTE) {
        const b = buckets.get(at);
        if (b?.viewersPeak != null) viewers = b.viewersPeak;
        out.push({ at, viewersOnline: b?.viewersPeak ?? viewers, likes: b?.likes ?? 0, orders: b?.orders ?? 0, gmvFen: b?.gmvFen ?? 0 });
      }
      return out;
    },
  };
}
