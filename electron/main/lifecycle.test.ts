import { describe, expect, it, vi } from 'vitest';
import { installCleanShutdown, type QuittingApp, quitOnSignals } from './lifecycle';

function fakeApp() {
  let willQuit: ((event: { preventDefault(): void }) => void) | null = null;
  const app = {
    on: (_event: 'will-quit', listener: (event: { preventDefault(): void }) => void) => {
      willQuit = listener;
    },
    quit: vi.fn<() => void>(),
    exit: vi.fn<(code?: number) => void>(),
  } satisfies QuittingApp;
  const fireWillQuit = () => {
    const event = { preventDefault: vi.fn() };
    if (!willQuit) throw new Error('no will-quit listener');
    willQuit(event);
    return event;
  };
  return { app, fireWillQuit };
}

describe('installCleanShutdown', () => {
  it('holds the quit, closes exactly once, then exits', async () => {
    const { app, fireWillQuit } = fakeApp();
    const order: string[] = [];
    let finishClose: () => void = () => {};
    const close = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finishClose = () => {
            order.push('closed');
            resolve();
          };
        }),
    );
    app.exit.mockImplementation(() => order.push('exit'));
    const shutdown = installCleanShutdown(app, { close, log: () => {} });

    const first = fireWillQuit();
    expect(first.preventDefault).toHaveBeenCalled();
    const second = fireWillQuit(); // e.g. the user hits quit again while closing
    expect(second.preventDefault).toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
    expect(app.exit).not.toHaveBeenCalled();

    finishClose();
    await shutdown.closing;
    expect(order).toEqual(['closed', 'exit']);
    expect(app.exit).toHaveBeenCalledWith(0);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('still exits (with code 1) when close fails', async () => {
    const { app, fireWillQuit } = fakeApp();
    const log = vi.fn();
    const shutdown = installCleanShutdown(app, { close: () => Promise.reject(new Error('disk gone')), log });
    fireWillQuit();
    await shutdown.closing;
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('disk gone'));
  });

  it('still exits when close hangs', async () => {
    vi.useFakeTimers();
    try {
      const { app, fireWillQuit } = fakeApp();
      const shutdown = installCleanShutdown(app, { close: () => new Promise<void>(() => {}), timeoutMs: 1000, log: () => {} });
      fireWillQuit();
      await vi.advanceTimersByTimeAsync(999);
      expect(app.exit).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      await shutdown.closing;
      expect(app.exit).toHaveBeenCalledWith(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('quitOnSignals', () => {
  it('turns SIGINT and SIGTERM into a normal quit', () => {
    const handlers = new Map<string, () => void>();
    const app = { quit: vi.fn() };
    quitOnSignals({ on: (signal, listener) => handlers.set(signal, listener) }, app);
    handlers.get('SIGINT')?.();
    handlers.get('SIGTERM')?.();
    expect(app.quit).toHaveBeenCalledTimes(2);
  });
});
