interface PreventableEvent {
  preventDefault(): void;
}

/** The parts of `app` the shutdown sequence uses. */
export interface QuittingApp {
  on(event: 'will-quit', listener: (event: PreventableEvent) => void): unknown;
  quit(): void;
  exit(exitCode?: number): void;
}

export interface CleanShutdownOptions {
  /** Releases everything (IPC bridge, backend/database). Called exactly once. */
  close: () => Promise<void>;
  /** A close that hangs must not keep a zombie app around; SQLite's WAL keeps the data safe anyway. */
  timeoutMs?: number;
  log?: (message: string) => void;
}

const SHUTDOWN_TIMEOUT_MS = 5_000;

/**
 * On will-quit (every window already closed, so no new IPC), hold the quit, close the backend
 * once, then exit. A second quit request while closing is held as well; close is never re-run.
 */
export function installCleanShutdown(app: QuittingApp, options: CleanShutdownOptions): { readonly closing: Promise<void> | null } {
  const log = options.log ?? console.error;
  const timeoutMs = options.timeoutMs ?? SHUTDOWN_TIMEOUT_MS;
  let closing: Promise<void> | null = null;

  app.on('will-quit', (event) => {
    event.preventDefault();
    if (closing) return;
    closing = (async () => {
      let exitCode = 0;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      try {
        const outcome = await Promise.race([options.close().then(() => 'closed' as const), timeout]);
        if (outcome === 'timeout') {
          log(`[livecue] shutdown: backend did not close within ${timeoutMs} ms; exiting anyway`);
          exitCode = 1;
        }
      } catch (error) {
        log(`[livecue] shutdown: closing the backend failed: ${error instanceof Error ? error.message : String(error)}`);
        exitCode = 1;
      } finally {
        clearTimeout(timer);
      }
      // exit, not quit: quit would emit will-quit again; everything that needed closing is closed.
      app.exit(exitCode);
    })();
  });

  return {
    get closing() {
      return closing;
    },
  };
}

export interface SignalSource {
  on(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

/** Ctrl+C in `npm start` or a service manager's SIGTERM go through the same clean quit. */
export function quitOnSignals(processLike: SignalSource, app: Pick<QuittingApp, 'quit'>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) processLike.on(signal, () => app.quit());
}
