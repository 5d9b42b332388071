import { createRequire } from 'node:module';
import { evalWorker } from './workerRequests';

/**
 * Copies the write-ahead log back into the database file on a worker thread, so a large checkpoint
 * (after a 50,000-product import the log holds tens of megabytes) never runs on the backend's
 * event loop. The main connection turns SQLite's automatic checkpoints off (they would run inside
 * whichever commit crossed the threshold, a GO included) and this does them instead: PASSIVE, so
 * it never blocks a writer.
 *
 * The worker is plain CommonJS evaluated from a string (see evalWorker): it only needs better-sqlite3.
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
  const { worker, request } = evalWorker('checkpoint worker', WORKER_SOURCE, {
    workerData: { driver, file: options.file, nativeBinding: options.nativeBinding ?? null },
  });
  let closed: Promise<void> | null = null;

  return {
    async checkpoint() {
      if (closed) throw new Error('the checkpointer is closed');
      const { log, checkpointed } = await request<CheckpointResult>({ type: 'checkpoint' });
      return { log, checkpointed };
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
