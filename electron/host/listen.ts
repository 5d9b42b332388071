import type { Server } from 'node:http';

/** Starts listening; rejects with the server's own error (its `code` says why, e.g. EADDRINUSE). */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

export const isPortInUse = (error: unknown): boolean => error instanceof Error && (error as NodeJS.ErrnoException).code === 'EADDRINUSE';

export interface RetryingListener {
  /** Stops retrying (the server itself is the caller's to close). */
  stop(): void;
}

/**
 * Listens, and while the port is busy (or listening fails otherwise) reports it and tries again every `retryMs`,
 * so a busy port never stops the app. Resolves after the first try.
 */
export async function listenWithRetry(
  server: Server,
  where: { port: number; host: string; retryMs: number; what: string },
  report: { listening(port: number): void; failed(busy: boolean): void },
): Promise<RetryingListener> {
  let retry: NodeJS.Timeout | null = null;
  let stopped = false;
  const attempt = async (): Promise<void> => {
    retry = null;
    try {
      await listen(server, where.port, where.host);
    } catch (error) {
      if (stopped) return;
      const busy = isPortInUse(error);
      if (!busy) console.error(`[livecue] the ${where.what} could not start`, error);
      report.failed(busy);
      retry = setTimeout(() => void attempt(), where.retryMs);
      retry.unref();
      return;
    }
    const address = server.address();
    report.listening(typeof address === 'object' && address ? address.port : where.port);
  };
  await attempt();
  return {
    stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
    },
  };
}
