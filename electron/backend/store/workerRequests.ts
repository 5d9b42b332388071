import { type Transferable, Worker } from 'node:worker_threads';

/** A worker answered `{ id, ok: false, message }` (with the file system's code, when it had one). */
export class WorkerRequestError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'WorkerRequestError';
  }
}

/** What a worker of this kind posts back: the request's id, then its answer or why it failed. */
export type WorkerReply = { id: number; ok: true } | { id: number; ok: false; message: string; code?: string };

export interface WorkerRequests {
  readonly worker: Worker;
  /** Posts `message` with a fresh `id`; resolves with the reply carrying that id, or rejects when it says it failed. */
  request<R extends object>(message: object, transfer?: readonly Transferable[]): Promise<R>;
}

/**
 * A worker thread evaluated from plain CommonJS source (so it runs the same from sources, from the bundled host and
 * inside Electron), asked by request and reply. It does not keep the process alive while idle, and does while a
 * request is waiting. When it stops (an error, or its exit), the requests it has not answered are refused and
 * `onStopped` is called (`name` says which worker it was); requests are never failed by another worker's end.
 */
export function evalWorker(name: string, source: string, options: { workerData?: unknown; onStopped?: () => void } = {}): WorkerRequests {
  const worker = new Worker(source, { eval: true, workerData: options.workerData });
  worker.unref();
  let nextId = 1;
  const pending = new Map<number, { resolve(reply: object): void; reject(error: Error): void }>();
  worker.on('message', (reply: WorkerReply) => {
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if (!waiter) return;
    if (reply.ok) waiter.resolve(reply);
    else waiter.reject(new WorkerRequestError(reply.message, reply.code));
  });
  const stopped = (error: Error) => {
    options.onStopped?.();
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  worker.on('error', stopped);
  worker.on('exit', () => stopped(new Error(`the ${name} stopped`)));
  return {
    worker,
    request<R extends object>(message: object, transfer: readonly Transferable[] = []) {
      const id = nextId++;
      return new Promise<R>((resolve, reject) => {
        // Posted first: a post that throws leaves nothing waiting. The reply cannot arrive before this returns.
        worker.postMessage({ ...message, id }, transfer);
        pending.set(id, { resolve: resolve as (reply: object) => void, reject });
        worker.ref();
      });
    },
  };
}
