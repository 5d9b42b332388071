import { type FileHandle, open } from 'node:fs/promises';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { BackendContext } from '../backendContext';
import { type Db, openConnection } from '../store/database';

/** What a sliced long write's body gets: which attempt it is, and the slice boundary. */
export interface SliceTurns {
  /** Which attempt this is, from 1 (a preempted attempt is rolled back and started over). */
  readonly attempt: number;
  /**
   * Gives the event loop a turn. When a command is waiting, rolls the transaction back and throws so
   * the body unwinds; the write gate runs the command, then calls the body again from the start.
   * `graceMs`: an everyday command waits up to that long first (see KeepPoint.graceMs).
   */
  turn(graceMs?: number): Promise<void>;
  /**
   * A turn at a point where what this attempt wrote may stand on its own. When a command is waiting, `seal` writes
   * its closing rows (a fact naming what is kept), the transaction commits durably, `kept` is called, and the body
   * unwinds as at `turn()`; the gate runs the command, then calls the body again, which carries on from what was
   * kept instead of redoing it. Otherwise it is a plain turn.
   */
  keep(on: KeepPoint): Promise<void>;
}

/** What a `keep` turn does when it steps aside (see SliceTurns.keep). */
export interface KeepPoint {
  /** A savepoint of the transaction: what was written after it is rolled back first, and only what came before kept. */
  rollbackTo?: string;
  /**
   * For a point where stepping aside would cost writing a closing part again (after `rollbackTo`), or just before that
   * part begins: an everyday command waits up to this long for it to finish instead (a live one never waits).
   */
  graceMs?: number;
  /** Writes the closing rows of what is kept, in the transaction. */
  seal(): void;
  /** Called once what is kept is committed and durable. */
  kept(): void;
}

/** Thrown by `turn()` after rolling back, and by `keep()` after committing; never escapes `runSlicedLongWrite`. */
const PREEMPTED = Symbol('preempted');

/** Negative: KiB, as PRAGMA cache_size takes it. Half of SQLite's default. */
const IMPORT_CACHE_KIB = -1000;

/** A connection of its own for a large write: staging goes to its TEMP tables, the apply to its transaction. */
export function openImportConnection(ctx: BackendContext): Db {
  const connection = openConnection({ file: ctx.databaseFile, ...(ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {}) });
  // COMMIT of tens of megabytes must not fsync or checkpoint on this thread: the log is synced
  // below on the thread pool before the import is reported done, and checkpointed on a worker.
  connection.pragma('synchronous = NORMAL');
  connection.pragma('wal_autocheckpoint = 0');
  // COMMIT writes the pages still dirty in the cache in one go; a smaller cache spills them to the
  // log during the sliced apply instead, which keeps the COMMIT turn short (~30 ms rather than ~80).
  connection.pragma(`cache_size = ${IMPORT_CACHE_KIB}`);
  return connection;
}

/**
 * Runs `body` in ONE write transaction on `connection` (from openImportConnection) as a long write of
 * the backend's write gate: the body calls `turn()` between slices of a few milliseconds, and a command
 * arriving meanwhile makes the attempt roll back at the next turn and start over after the command (or,
 * at a `keep` turn, commit what it wrote and carry on after the command). Readers on the main connection
 * see nothing until a COMMIT (WAL snapshot). The body's result is returned once the COMMIT is durable.
 */
export async function runSlicedLongWrite<T>(ctx: BackendContext, connection: Db, body: (turns: SliceTurns) => Promise<T>): Promise<T> {
  const wal = logFileOf(ctx);
  let result: { value: T } | null = null;
  let keptAny = false;
  try {
    await ctx.writeGate.longWrite(async (control) => {
      const turn = async (graceMs?: number): Promise<void> => {
        await yieldToLoop();
        if (!control.shouldStepAside(graceMs)) return;
        connection.exec('ROLLBACK');
        // The rolled-back pages are in the log file too; flush them on the thread pool now, or
        // the next command's own fsync would pay for them on this thread.
        await syncFile(wal);
        throw PREEMPTED;
      };
      const keep: SliceTurns['keep'] = async (on) => {
        await yieldToLoop();
        if (!control.shouldStepAside(on.graceMs)) return;
        if (on.rollbackTo) connection.exec(`ROLLBACK TO ${on.rollbackTo}`);
        on.seal();
        connection.exec('COMMIT');
        keptAny = true;
        // Durable before the command commits after it (see below).
        await syncAfterCommit(wal);
        on.kept();
        throw PREEMPTED;
      };
      connection.exec('BEGIN IMMEDIATE');
      try {
        const value = await body({ attempt: control.attempt, turn, keep });
        connection.exec('COMMIT');
        // Durable before anyone is told it worked (the fsync synchronous=FULL would have done on
        // this thread), and before the gate lets the next command commit.
        await syncAfterCommit(wal);
        result = { value };
        return 'done';
      } catch (error) {
        if (error === PREEMPTED) return 'preempted';
        if (connection.inTransaction) connection.exec('ROLLBACK');
        throw error;
      }
    });
  } finally {
    if (result || keptAny) {
      ctx.checkpointSoon();
      // Its events (an import's fact, a package's) went in on this connection, past the main store's listeners: the
      // sync loop hears of them now, once they are committed, rather than at its next interval.
      ctx.events.notifyAppended();
    }
  }
  if (!result) throw new Error('The long write ended without a result');
  return (result as { value: T }).value;
}

/**
 * Runs synchronous steps (a generator yields at each point where a turn is safe, and what kind of point it is),
 * calling `turn` with that point once `sliceMs` of work has gone by since the last one.
 */
export async function runStepsSliced<T, P = void>(steps: Generator<P, T>, turn: (point: P) => Promise<void>, sliceMs: number): Promise<T> {
  let sliceStart = performance.now();
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() - sliceStart < sliceMs) continue;
      await turn(step.value);
      sliceStart = performance.now();
    }
  } finally {
    // A preempted attempt leaves the steps half-way: close them (runs their `finally` blocks).
    steps.return(undefined as T);
  }
}

/**
 * Syncs the log after a COMMIT on the thread pool. What was committed stays committed whatever happens here: a failed
 * sync is logged (the next synced commit tries again), not reported as a failed import that the user would run again.
 */
export async function syncAfterCommit(wal: string): Promise<void> {
  try {
    await syncFile(wal);
  } catch (error) {
    console.error('[livecue] syncing the database log after a commit failed; the next commit syncs it', error);
  }
}

/** fsync on the thread pool (a COMMIT with synchronous=NORMAL leaves the log unsynced). */
async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The database's write-ahead log file. */
export const logFileOf = (ctx: Pick<BackendContext, 'databaseFile'>): string => `${ctx.databaseFile}-wal`;

/** Syncs of the database log from a handle kept open (see openLogSync). */
export interface LogSync {
  /** Starts opening the log now (at the latest, the first sync does), so that sync can start at once. */
  open(): void;
  /** Starts a sync on the thread pool at once (once the handle is open); resolves when it is done. Never rejects. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Syncs the database log from a handle kept open: once open, `sync()` hands the fsync to the thread pool at the
 * moment it is called, so it runs while this thread goes on with synchronous work (a slice of an import), instead
 * of after it. A failed sync is logged, as in syncAfterCommit: the next one tries again.
 */
export function openLogSync(wal: string): LogSync {
  let handle: FileHandle | null = null;
  let opening: Promise<void> | null = null;
  const logged = (error: unknown) => console.error('[livecue] syncing the database log failed; the next sync tries again', error);
  // The next sync opens the log afresh (a handle that failed may stay failed).
  const reopen = (failed: FileHandle) => (error: unknown) => {
    if (handle === failed) {
      handle = null;
      opening = null;
      void failed.close().catch(() => undefined);
    }
    logged(error);
  };
  const openHandle = (): Promise<void> =>
    (opening ??= open(wal, 'r+').then(
      (file) => {
        handle = file;
      },
      (error: unknown) => {
        opening = null; // the next sync tries to open it again
        throw error;
      },
    ));
  return {
    open() {
      // A failure is logged; the next sync tries again.
      if (!handle) openHandle().catch(logged);
    },
    sync() {
      if (handle) return handle.sync().catch(reopen(handle));
      return openHandle()
        .then(() => handle?.sync())
        .catch(logged);
    },
    async close() {
      await opening?.catch(() => undefined);
      const closing = handle;
      handle = null;
      opening = null;
      await closing?.close().catch(logged);
    },
  };
}
