/**
 * Calls `onGone` once when the process that started this one has exited, seen as this process being re-parented
 * (its parent id changes). `npm run serve` runs the host under `sh -c`; npm's SIGTERM stops that shell, which does
 * not pass it on, so without this the host would keep its port open with nobody left to stop it.
 */
export function watchParent(onGone: () => void, options: { everyMs?: number; parentId?: () => number } = {}): () => void {
  const parentId = options.parentId ?? (() => process.ppid);
  const started = parentId();
  const timer = setInterval(() => {
    if (parentId() === started) return;
    clearInterval(timer);
    onGone();
  }, options.everyMs ?? 500);
  // Never the reason the process stays alive.
  timer.unref();
  return () => clearInterval(timer);
}
