import type { CatalogLookup, RunningCue, RuntimeCue, RuntimeState } from '../../../../shared/domain/runtime';

/** `done`: it has aired this session and is not on again; `idle`: not aired yet. */
export type CueLiveState = 'running' | 'pending' | 'standby' | 'done' | 'idle';

/**
 * How a cue reads in the list: on air, waiting out its pre-wait, next on GO, aired already, or not yet. Standby wins
 * over "aired" (going back to a cue makes it next); `lastRun` holds every cue that has started, so an aired cue stays
 * aired whatever is fired after it.
 */
export function cueState(state: RuntimeState, cue: RuntimeCue): CueLiveState {
  if (state.running.some((r) => r.cueId === cue.id)) return 'running';
  if (state.pending.some((p) => p.cueId === cue.id)) return 'pending';
  if (state.standbyId === cue.id) return 'standby';
  return state.lastRun[cue.id] !== undefined ? 'done' : 'idle';
}

/** A running cue with its run (countdown, progress). */
export interface RunningEntry {
  cue: RuntimeCue;
  run: RunningCue;
}

function runningEntries(state: RuntimeState): RunningEntry[] {
  return state.running.flatMap((run) => {
    const cue = state.cues.find((c) => c.id === run.cueId);
    return cue ? [{ cue, run }] : [];
  });
}

/**
 * The product on the card: the latest started running product or flash-sale cue, as on stream (a flash sale started
 * after the product puts its own product, at its flash price, on the card).
 */
export function explainingCue(state: RuntimeState): RuntimeCue | null {
  return (
    runningEntries(state)
      .reverse()
      .find((e) => e.cue.type === 'product' || e.cue.type === 'flash_sale')?.cue ?? null
  );
}

/**
 * Everything else on air beside the product: coupons, flash sales, giveaways, tasks (and a scene or note cue with a
 * countdown), newest first, each with its own clock.
 */
export function runningOffers(state: RuntimeState): RunningEntry[] {
  return runningEntries(state)
    .filter((e) => e.cue.type !== 'product')
    .reverse();
}

/** The product sales count against: the one explained, else the latest running cue that names a product (a flash sale). */
export function onAirCue(state: RuntimeState): RuntimeCue | null {
  const explaining = explainingCue(state);
  if (explaining) return explaining;
  const running = runningEntries(state).reverse();
  return running.find((e) => e.cue.productId !== null)?.cue ?? null;
}

/** What a sale or an order counts to: the cue on air and the session's copy of its product (both kept objects). */
export interface SaleTarget {
  cue: RuntimeCue | null;
  product: CatalogLookup['products'][string] | undefined;
}

export function saleTarget(state: RuntimeState): SaleTarget {
  const cue = onAirCue(state);
  return { cue, product: cue?.productId ? state.catalog.products[cue.productId] : undefined };
}

/** The product of the first product cue after the standby one: the card the console will want after the next GO. */
export function productAfterStandby(state: RuntimeState): string | null {
  const at = state.standbyId === null ? -1 : state.cues.findIndex((c) => c.id === state.standbyId);
  if (at < 0) return null;
  for (let i = at + 1; i < state.cues.length; i++) {
    const productId = state.cues[i]?.productId ?? null;
    if (productId !== null) return productId;
  }
  return null;
}
