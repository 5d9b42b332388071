import { useCallback, useEffect, useRef, useState } from 'react';

/** One request's outcome as a page shows it; the last good data stays while a new request runs. */
export type Loaded<T> =
  | { state: 'loading'; data: T | null }
  | { state: 'ok'; data: T }
  | { state: 'error'; error: unknown; data: T | null };

/** A request under way: the last good data stays shown. */
export const loading = <T>(before: Loaded<T>): Loaded<T> => ({ state: 'loading', data: before.data });

/** A request failed: the error as it came (the page says it in the UI language), and the last good data. */
export const failed = <T>(before: Loaded<T>, error: unknown): Loaded<T> => ({ state: 'error', error, data: before.data });

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
    setLoaded(loading);
    latest.current().then(
      (data) => {
        if (current) setLoaded({ state: 'ok', data });
      },
      (error: unknown) => {
        if (current) setLoaded((before) => failed(before, error));
      },
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { loaded, retry };
}
