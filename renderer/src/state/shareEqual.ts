/**
 * `next` with every part that deep-equals the same part of `prev` replaced by `prev`'s own object, and `prev` itself
 * when nothing differs (structural sharing, as TanStack Query does for its results). Every message from the server
 * is parsed afresh, so without this each push would hand every component new objects and memoised ones would redraw
 * anyway; with it, a GO redraws only what the GO changed. For plain JSON data (objects, arrays, primitives).
 */
export function shareEqual<T>(prev: unknown, next: T): T {
  if (prev === next) return next;
  if (Array.isArray(prev) && Array.isArray(next)) {
    let same = prev.length === next.length;
    const out = next.map((item, i) => {
      const shared = shareEqual(prev[i], item);
      if (shared !== prev[i]) same = false;
      return shared;
    });
    return (same ? prev : out) as T;
  }
  if (isPlainObject(prev) && isPlainObject(next)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(prev).length;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const shared = shareEqual(prev[key], next[key]);
      if (shared !== prev[key] || !(key in prev)) same = false;
      out[key] = shared;
    }
    return (same ? prev : out) as T;
  }
  return next;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
