/** One holder at a time, first come first served. */
export function createMutex() {
  let tail: Promise<void> = Promise.resolve();
  return async function runExclusive<R>(fn: () => Promise<R>): Promise<R> {
    const previous = tail;
    let release = () => {};
    tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    try {
      return await fn();
    } finally {
      release();
    }
  };
}
