import { useCallback, useSyncExternalStore } from 'react';
import { subscribeTicker, tickerNow } from './ticker';

/**
 * A value read off the shared clock (a countdown's text, the second of the day…). The component re-renders only when
 * the value changes, not on every tick: return a string or number, never a fresh object. `read` may change with props.
 */
export function useTicking<T extends string | number | boolean | null>(read: (now: number) => T): T {
  const snapshot = useCallback(() => read(tickerNow()), [read]);
  return useSyncExternalStore(subscribeTicker, snapshot);
}
