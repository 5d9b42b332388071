import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Copies the write-ahead log back into the database file on a worker thread, so a large checkpoint
 * (after a 50,000-product import the log holds tens of megabytes) never runs on the backend's
 * event loop. The main connection turns SQLite's automatic checkpoints off (they would run inside
 * whichever commit crossed the threshold, a GO included) and this does them instead: PASSIVE, so
 * it never blocks a writer.
 *
 * The worker is plain CommonJS evaluated from a string: it only needs better-sqlite3, and this way
 * it runs the same from sources (tests), from the bundled host and inside Electron.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {});
db.pragma('busy_timeout = 5000');
parentPort.on('message', (message) => {
  if (message.type === 'checkpoint') {
    try {
      const [row] = db.pragma('wal_checkpoint(PASSIVE)');
      parentPort.postMessage({ id: message.id, ok: true, busy: row.busy, log: row.log, checkpointed: row.checkpointed });
    } catch (error) {
      parentPort.postMessage({ id: message.id, ok: false, message: String(error && error.message || error) });
    }
  } else if (message.type === 'close') {
    db.close();
    parentPort.close();
  }
});
`;

export interface CheckpointResult {
  /** Frames in the log, and how many of them are now in the database file. */
  log: number;
  checkpointed: number;
}

export interface Checkpointer {
  checkpoint(): Promise<CheckpointResult>;
  close(): Promise<void>;
}

export function createCheckpointer(options: { file: string; nativeBinding?: string }): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { driver, file: options.file, nativeBinding: options.nativeBinding ?? null },
  });
  worker.unref();
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: CheckpointResult) => void; reject: (e: Error) => void }>();
  worker.on('message', (m: { id: number; ok: boolean; log?: number; checkpointed?: number; message?: string }) => {
    const waiter = pending.get(m.id);
    pending.delete(m.id);
    // Idle, the worker must not keep the process alive; busy, it must (someone awaits its answer).
    if (pending.size === 0) worker.unref();
    if (!waiter) return;
    if (m.ok) waiter.resolve({ log: m.log ?? 0, checkpointed: m.checkpointed ?? 0 });
    else waiter.reject(new Error(`checkpoint failed: ${m.message}`));
  });
  const failAll = (error: Error) => {
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  worker.on('error', (error) => failAll(error));
  worker.on('exit', () => failAll(new Error('the checkpoint worker stopped')));
  let closed: Promise<void> | null = null;

  return {
    checkpoint() {
      if (closed) return Promise.reject(new Error('the checkpointer is closed'));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ type: 'checkpoint', id });
      });
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        worker.ref();
        worker.once('exit', () => resolve());
        worker.postMessage({ type: 'close' });
      });
      return closed;
    },
  };
}
