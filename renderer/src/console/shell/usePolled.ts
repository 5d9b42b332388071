import { useCallback, useEffect, useRef, useState } from 'react';
import { requestOrder } from './requestOrder';

/** How often the pages re-read the hub while shown. */
export const REFRESH_MS = 10_000;

export interface Polled<T> {
  /** The last answer; kept while a refresh is under way or fails, so the page never blanks. */
  data: T | null;
  /** The last refresh's failure, cleared by the next success. */
  error: unknown;
  reload(): void;
}

/**
 * Loads now and again every `intervalMs` while the tab is visible (a hidden tab asks nothing, and catches up the
 * moment it is shown again). `key` changes restart it (another publication selected).
 */
export function usePolled<T>(load: () => Promise<T>, intervalMs: number, key = ''): Polled<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  // Polls and reloads overlap: an answer older than one already shown (or for what is no longer shown) is dropped.
  const [order] = useState(requestOrder);

  const reload = useCallback(() => {
    const request = order.next();
    loadRef.current().then(
      (answer) => {
        if (!request.settle()) return;
        setData(answer);
        setError(null);
      },
      (failure: unknown) => {
        if (request.settle()) setError(failure);
      },
    );
  }, [order]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is what restarts the polling
  useEffect(() => {
    setData(null);
    setError(null);
    reload();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') reload();
    }, intervalMs);
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      order.dropPending(); // answers still on their way are for what is no longer shown
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [key, intervalMs, reload, order]);

  return { data, error, reload };
}
