import type { ApiIssue } from './errors';

/**
 * Deepest nesting a request payload may have (the payload itself is level 1). Real payloads stay under
 * ten; the bound keeps a hostile 10,000-deep document from overflowing the stack in validation or storage.
 */
export const MAX_PAYLOAD_DEPTH = 64;

/**
 * The first thing in a payload no method input may hold, checked before any schema runs: nesting beyond
 * MAX_PAYLOAD_DEPTH, or a NUL character in any string or key (C code, SQLite text and OBS cut text at NUL, so
 * what is stored would not be what is shown). Base64 and other text never contains NUL, so it passes.
 * Iterative, so no payload can exhaust the stack here either.
 */
export function findHostileShape(payload: unknown, maxDepth = MAX_PAYLOAD_DEPTH): ApiIssue | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: payload, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return { path, message: 'contains a NUL character (U+0000)' };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= maxDepth) return { path, message: `is nested more than ${maxDepth} levels deep (the limit is ${maxDepth})` };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    const entries = Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [string, unknown];
      if (key.includes('\u0000')) return { path: [...path, key], message: 'has a key containing a NUL character (U+0000)' };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}
