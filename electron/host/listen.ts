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
