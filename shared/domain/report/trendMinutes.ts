import type { PlatformMinuteRow } from '../platform/platformData';
import type { MinuteSourceKey, MinuteSources } from './figureSources';
import { minuteSpan } from './platformFigures';
import type { MinutePoint } from './sessionReport';

const MINUTE = 60_000;
const floorMinute = (at: number) => Math.floor(at / MINUTE) * MINUTE;

/**
 * The review's minute series with the trend file merged in, series by series: a series the file has (any cell in
 * its column) comes from the file, the others stay as typed. The minutes span both the session and the file (the
 * platform's show may start before LiveCue's session); a minute without a row counts 0 and carries viewers on.
 */
export function mergeTrendMinutes(
  typed: readonly MinutePoint[],
  trend: readonly PlatformMinuteRow[] | null,
): { minutes: MinutePoint[]; sources: MinuteSources } {
  const typedSources = (hasTyped: (key: MinuteSourceKey) => boolean): MinuteSources => ({
    viewersOnline: hasTyped('viewersOnline') ? 'typed' : null,
    likes: hasTyped('likes') ? 'typed' : null,
    orders: hasTyped('orders') ? 'typed' : null,
    gmvFen: hasTyped('gmvFen') ? 'typed' : null,
  });
  const typedHas = (key: MinuteSourceKey) => typed.some((m) => (key === 'viewersOnline' ? m.viewersOnline !== null : m[key] !== 0));
  const rows = trend ?? [];
  const fromFile = (key: MinuteSourceKey) => rows.some((r) => r[key] !== null);
  const sources = typedSources(typedHas);
  const platform = {
    viewersOnline: fromFile('viewersOnline'),
    likes: fromFile('likes'),
    orders: fromFile('orders'),
    gmvFen: fromFile('gmvFen'),
  };
  if (!Object.values(platform).some(Boolean)) return { minutes: [...typed], sources };
  for (const key of Object.keys(platform) as MinuteSourceKey[]) if (platform[key]) sources[key] = 'platform';

  const byMinute = new Map<number, PlatformMinuteRow>();
  for (const r of rows) {
    const at = floorMinute(r.at);
    const held = byMinute.get(at);
    // Two rows in one minute (a file with finer steps): counts add up, viewers keep the higher reading.
    byMinute.set(
      at,
      held
        ? {
            ...held,
            viewersOnline: max(held.viewersOnline, r.viewersOnline),
            likes: plus(held.likes, r.likes),
            orders: plus(held.orders, r.orders),
            gmvFen: plus(held.gmvFen, r.gmvFen),
          }
        : { ...r, at },
    );
  }
  const typedAt = new Map(typed.map((m) => [m.at, m]));
  const starts = [...byMinute.keys(), ...typedAt.keys()];
  const first = Math.min(...starts);
  const last = Math.max(...starts);
  // Counts in minutes outside the file's span (the session ran on after the export ended) are the typed ones, not 0.
  const span = minuteSpan(byMinute.keys());
  const out: MinutePoint[] = [];
  let viewers: number | null = null;
  for (let at = first; at <= last; at += MINUTE) {
    const row = byMinute.get(at);
    const own = typedAt.get(at);
    const inFile = at >= span.first && at < span.end;
    // Viewers: the file's readings, its last one carried on after it (typed readings carry forward too, stale by then).
    if (platform.viewersOnline && at >= span.first) viewers = row?.viewersOnline ?? viewers;
    else if (own) viewers = own.viewersOnline;
    out.push({
      at,
      viewersOnline: viewers,
      likes: platform.likes && inFile ? (row?.likes ?? 0) : (own?.likes ?? 0),
      orders: platform.orders && inFile ? (row?.orders ?? 0) : (own?.orders ?? 0),
      gmvFen: platform.gmvFen && inFile ? (row?.gmvFen ?? 0) : (own?.gmvFen ?? 0),
    });
  }
  return { minutes: out, sources };
}

const plus = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);
const max = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
