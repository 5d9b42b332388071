import { useRef } from 'react';

/**
 * `value`, or the one returned before when it is equal as JSON. Every session push (a counter, the countdown
 * second sent to OBS) makes new objects; the graphics are laid out again only when what they show really changed.
 */
export function useStable<T>(value: T): T {
  const held = useRef<{ key: string; value: T } | null>(null);
  const key = JSON.stringify(value);
  if (held.current === null || held.current.key !== key) held.current = { key, value };
  return held.current.value;
}
