import type { RemoteAccess } from '../backend/remote/remote.service';

export interface Closable {
  close(): Promise<void>;
}

export interface RemoteSwitch {
  /** Stops following the switch and closes the server if it runs. */
  close(): Promise<void>;
}

/**
 * Runs the LAN server for phones while the remote switch (remote.setEnabled, remembered in the database) is on:
 * started at launch when it was left on, started and stopped as it is flipped. Starts and stops run one after
 * the other, so flipping fast never leaves two servers or a stray one.
 */
export function followRemoteSwitch(
  remote: Pick<RemoteAccess, 'enabled' | 'onEnabledChange'>,
  start: () => Promise<Closable>,
  log: (message: string, error: unknown) => void = console.error,
): RemoteSwitch {
  let server: Closable | null = null;
  let closed = false;
  let queue: Promise<void> = Promise.resolve();
  const apply = (on: boolean) => {
    queue = queue
      .then(async () => {
        if (on && !closed && !server) server = await start();
        if ((!on || closed) && server) {
          const running = server;
          server = null;
          await running.close();
        }
      })
      .catch((error: unknown) => log('[livecue] the remote server could not be switched', error));
  };
  const off = remote.onEnabledChange(apply);
  if (remote.enabled()) apply(true);
  return {
    async close() {
      closed = true;
      off();
      apply(false);
      await queue;
    },
  };
}
