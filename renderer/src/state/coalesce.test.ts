import { describe, expect, it } from 'vitest';
import { coalesce } from './coalesce';

function gate() {
  let open: () => void = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe('coalesce', () => {
  it('runs once per call when calls do not overlap', async () => {
    let runs = 0;
    const run = coalesce(async () => {
      runs++;
    });
    await run();
    await run();
    expect(runs).toBe(2);
  });

  it('folds every call made during a run into one more run after it', async () => {
    const gates = [gate(), gate()];
    let runs = 0;
    const run = coalesce(async () => {
      await gates[runs++]?.promise;
    });
    const first = run();
    const second = run();
    const third = run();
    expect(runs).toBe(1);
    gates[0]?.open();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
    gates[1]?.open();
    await Promise.all([first, second, third]);
    expect(runs).toBe(2);
  });

  it('keeps going after a run fails', async () => {
    let runs = 0;
    const run = coalesce(async () => {
      runs++;
      throw new Error('offline');
    });
    await run();
    await run();
    expect(runs).toBe(2);
  });
});
