import type { PlatformMinuteRow } from '../platform/platformData';
import type { FigureSource } from './figureSources';
import { addFigure, minuteSpan } from './platformFigures';
import type { CueInterval, ExplainSales } from './sessionReport';

/** How long after an explain interval its sales still count as "just after" it (cut at the next explain). */
export const AFTER_EXPLAIN_MS = 5 * 60_000;
const SECOND = 1000;
const MINUTE = 60_000;
const HALF_MINUTE = 30_000;

/** Orders and GMV in a window [from, to); null where the source has no such figure. */
export type WindowSales = (from: number, to: number) => { orders: number | null; gmvFen: number | null };

/** Typed sales kept per second: memory grows with the seconds that saw an entry, not with the entries. */
export function createTypedSales() {
  const seconds = new Map<number, { orders: number; gmvFen: number }>();
  let orders = false;
  let gmv = false;
  return {
    add(counter: 'orders' | 'gmvFen', by: number, at: number): void {
      const key = Math.floor(at / SECOND) * SECOND;
      const held = seconds.get(key);
      if (held) held[counter] += by;
      else seconds.set(key, counter === 'orders' ? { orders: by, gmvFen: 0 } : { orders: 0, gmvFen: by });
      if (counter === 'orders') orders = true;
      else gmv = true;
    },
    /** Null when no order or GMV was typed at all. */
    window(): WindowSales | null {
      if (!orders && !gmv) return null;
      // Seconds in time order with running totals: a window is two binary searches, not a pass over every second
      // (a 4-hour show has up to 14,400 of them, asked twice per explain).
      const times = [...seconds.keys()].sort((a, b) => a - b);
      const sumOrders = [0];
      const sumGmv = [0];
      for (const at of times) {
        const s = seconds.get(at) ?? { orders: 0, gmvFen: 0 };
        sumOrders.push((sumOrders.at(-1) ?? 0) + s.orders);
        sumGmv.push((sumGmv.at(-1) ?? 0) + s.gmvFen);
      }
      // An entry counts in the window its second falls in; windows are cut to the second, so they stay disjoint.
      return (from, to) => {
        const lo = firstAtOrAfter(times, Math.floor(from / SECOND) * SECOND);
        const hi = Math.max(lo, firstAtOrAfter(times, Math.floor(to / SECOND) * SECOND));
        return {
          orders: orders ? (sumOrders[hi] ?? 0) - (sumOrders[lo] ?? 0) : null,
          gmvFen: gmv ? (sumGmv[hi] ?? 0) - (sumGmv[lo] ?? 0) : null,
        };
      };
    },
  };
}

/** The index of the first of the sorted `times` at or after `at` (times.length when none is). */
function firstAtOrAfter(times: readonly number[], at: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Trend minutes: a minute counts in the window that holds its middle (at + 30 s), so no minute counts twice. Null
 * without orders or GMV columns; a window wholly outside the file's minutes is unknown (null), not 0.
 */
export function trendSales(rows: readonly PlatformMinuteRow[] | null): WindowSales | null {
  if (!rows?.some((r) => r.orders !== null || r.gmvFen !== null)) return null;
  const { first, end } = minuteSpan(rows.map((r) => r.at));
  return (from, to) => {
    if (to <= first || from >= end) return { orders: null, gmvFen: null };
    let orders: number | null = null;
    let gmvFen: number | null = null;
    for (const r of rows) {
      const mid = r.at + HALF_MINUTE;
      if (mid < from || mid >= to) continue;
      orders = addFigure(orders, r.orders);
      gmvFen = addFigure(gmvFen, r.gmvFen);
    }
    // A column the file has reads 0 for a window without rows; a column it lacks stays absent.
    return {
      orders: orders ?? (rows.some((r) => r.orders !== null) ? 0 : null),
      gmvFen: gmvFen ?? (rows.some((r) => r.gmvFen !== null) ? 0 : null),
    };
  };
}

/**
 * Per explained product: the room's orders and GMV during its explain intervals, and in the AFTER_EXPLAIN_MS after
 * each one ends, cut where the next product explain starts. `cues` are the report's intervals in start order.
 */
export function explainSalesByProduct(
  cues: readonly CueInterval[],
  sales: WindowSales | null,
  source: FigureSource,
): Map<string, ExplainSales> {
  const explains = cues.filter((c) => c.cueType === 'product' && c.productId !== null);
  const out = new Map<string, ExplainSales>();
  const explainedMs = new Map<string, number>();
  explains.forEach((c, i) => {
    const productId = c.productId ?? '';
    const held = out.get(productId) ?? {
      source: sales ? source : null,
      orders: null,
      gmvFen: null,
      afterOrders: null,
      afterGmvFen: null,
      gmvPerMinuteFen: null,
    };
    explainedMs.set(productId, (explainedMs.get(productId) ?? 0) + c.durationMs);
    out.set(productId, held);
    if (!sales) return;
    const end = c.startedAt + c.durationMs;
    const next = explains[i + 1]?.startedAt ?? Number.POSITIVE_INFINITY;
    const during = sales(c.startedAt, end);
    const after = sales(end, Math.max(end, Math.min(end + AFTER_EXPLAIN_MS, next)));
    held.orders = addFigure(held.orders, during.orders);
    held.gmvFen = addFigure(held.gmvFen, during.gmvFen);
    held.afterOrders = addFigure(held.afterOrders, after.orders);
    held.afterGmvFen = addFigure(held.afterGmvFen, after.gmvFen);
  });
  for (const [productId, held] of out) {
    const ms = explainedMs.get(productId) ?? 0;
    held.gmvPerMinuteFen = held.gmvFen === null || ms === 0 ? null : Math.round((held.gmvFen * MINUTE) / ms);
  }
  return out;
}
