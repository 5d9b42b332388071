import { useCallback, useEffect, useRef, useState } from 'react';

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
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = generation.current;
    loadRef.current().then(
      (answer) => {
        if (generation.current !== mine) return; // an answer for what is no longer shown
        setData(answer);
        setError(null);
      },
      (failure: unknown) => {
        if (generation.current === mine) setError(failure);
      },
    );
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is what restarts the polling
  useEffect(() => {
    generation.current++;
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
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [key, intervalMs, reload]);

  return { data, error, reload };
}
