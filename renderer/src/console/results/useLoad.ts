import { useCallback, useEffect, useRef, useState } from 'react';

/** One request's outcome as a page shows it; the last good data stays while a new request runs. */
export type Loaded<T> =
  | { state: 'loading'; data: T | null }
  | { state: 'ok'; data: T }
  | { state: 'error'; message: string; data: T | null };

/**
 * Runs `load` whenever `key` changes (and on `retry`), keeping only the answer to the latest request: a slow
 * answer to an earlier query never replaces a newer one.
 */
export function useLoad<T>(key: string, load: () => Promise<T>): { loaded: Loaded<T>; retry: () => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading', data: null });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(load);
  latest.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the key says when to load again; load is read through a ref
  useEffect(() => {
    let current = true;
    setLoaded((before) => ({ state: 'loading', data: before.data }));
    latest.current().then(
      (data) => {
        if (current) setLoaded({ state: 'ok', data });
      },
      (error: unknown) => {
        if (current)
          setLoaded((before) => ({ state: 'error', message: error instanceof Error ? error.message : String(error), data: before.data }));
      },
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { loaded, retry };
}
