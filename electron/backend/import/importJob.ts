import { randomUUID } from 'node:crypto';
import type { ImportIssue } from '../../../shared/domain/import/importIssue';
import type { CommitResult, ImportPreview, ManualMapping, PreviewRow } from '../../../shared/domain/import/importPreview';
import type { ImportPhase, ImportProgress } from '../../../shared/domain/import/importProgress';
import { commitPreview } from './commit';
import { ImportError } from './importError';
import { buildPreview, type PreviewState, toPublicPreview } from './preview';
import type { ProductImportSink } from './productSink';
import { readTable } from './readTable';
import { createYielder, ImportCancelledError, type Yielder } from './yielder';

/** Progress events are throttled to this interval (phase changes always go out). */
const PROGRESS_INTERVAL_MS = 100;
/** Previews kept for paging and commit; the oldest is dropped beyond this. */
const MAX_SESSIONS = 4;

export interface ImportJobsOptions {
  sink: ProductImportSink;
  /** Receives progress of every running step; the API publishes it on a topic. */
  onProgress?: (progress: ImportProgress) => void;
  newId?: () => string;
  /** Injected so tests can count yields with a tiny slice. */
  sliceMs?: number;
  now?: () => number;
}

export interface PreviewFileInput {
  /** Chosen by the caller so it can follow progress and cancel before the preview returns. */
  jobId?: string;
  fileName: string;
  bytes: Uint8Array;
  mapping?: ManualMapping;
  signal?: AbortSignal;
}

interface Session {
  id: string;
  state: PreviewState;
  running: AbortController | null;
}

/**
 * The import use cases the API handlers call: preview a file, correct the mapping, page rows and
 * issues, commit, cancel. Holds each preview in memory between preview and commit (nothing is
 * written before commit). Every long step reports progress and stops on `cancel(id)` or on the
 * caller's AbortSignal, at the next slice boundary.
 */
export function createImportJobs(options: ImportJobsOptions) {
  const sessions = new Map<string, Session>();
  const reading = new Map<string, AbortController>();
  const newId = options.newId ?? randomUUID;
  const now = options.now ?? (() => performance.now());
  let committing: string | null = null;

  function progressReporter(jobId: string) {
    let lastPhase: ImportPhase | null = null;
    let lastAt = Number.NEGATIVE_INFINITY;
    return (phase: ImportPhase, rowsDone: number, rowsTotal: number | null, fraction: number | null): void => {
      const t = now();
      const final = phase === 'done' || phase === 'cancelled' || phase === 'failed';
      if (phase === lastPhase && !final && t - lastAt < PROGRESS_INTERVAL_MS) return;
      lastPhase = phase;
      lastAt = t;
      options.onProgress?.({ jobId, phase, rowsDone, rowsTotal, fraction: fraction === null ? null : Math.min(1, Math.max(0, fraction)) });
    };
  }

  function yielderFor(controller: AbortController, external: AbortSignal | undefined): Yielder {
    const signal = external ? AbortSignal.any([controller.signal, external]) : controller.signal;
    return createYielder({ signal, ...(options.sliceMs === undefined ? {} : { sliceMs: options.sliceMs }), now });
  }

  /** Runs one long step, turning cancellation and failures into a final progress event and an ImportError. */
  async function run<T>(report: ReturnType<typeof progressReporter>, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ImportCancelledError) {
        report('cancelled', 0, null, null);
        throw new ImportError('CANCELLED', 'The import was cancelled; nothing was changed.');
      }
      report('failed', 0, null, null);
      throw error;
    }
  }

  function remember(session: Session): void {
    sessions.set(session.id, session);
    for (const id of sessions.keys()) {
      if (sessions.size <= MAX_SESSIONS) break;
      if (id !== committing) sessions.delete(id);
    }
  }

  function session(previewId: string): Session {
    const found = sessions.get(previewId);
    if (!found) throw new ImportError('PREVIEW_NOT_FOUND', 'This preview is no longer available; open the file again.');
    return found;
  }

  function startRunning(s: Session): AbortController {
    if (s.running) throw new ImportError('JOB_BUSY', 'This import is already busy; wait for it or cancel it.');
    s.running = new AbortController();
    return s.running;
  }

  const previewStepProgress =
    (report: ReturnType<typeof progressReporter>) => (phase: 'mapping' | 'validating' | 'checking', done: number, total: number) =>
      report(phase, done, total, total === 0 ? 1 : done / total);

  return {
    /** Reads and previews a file. The returned `previewId` is also the job id for progress and cancel. */
    async preview(input: PreviewFileInput): Promise<ImportPreview> {
      const id = input.jobId ?? newId();
      if (reading.has(id) || sessions.has(id)) throw new ImportError('JOB_BUSY', `Job ${id} already exists; use a new job id.`);
      const controller = new AbortController();
      reading.set(id, controller);
      const report = progressReporter(id);
      try {
        const state = await run(report, async () => {
          const yielder = yielderFor(controller, input.signal);
          report('reading', 0, null, 0);
          const table = await readTable(input.bytes, {
            fileName: input.fileName,
            yielder,
            onProgress: (rows, fraction) => report('reading', rows, null, fraction),
          });
          await yielder.yieldNow();
          return buildPreview(table, options.sink, yielder, {
            ...(input.mapping ? { mapping: input.mapping } : {}),
            onProgress: previewStepProgress(report),
          });
        });
        remember({ id, state, running: null });
        report('done', state.totals.rows, state.totals.rows, 1);
        return toPublicPreview(id, state);
      } finally {
        reading.delete(id);
      }
    },

    /** Re-validates an existing preview with the user's corrected mapping; the file is not read again. */
    async remap(previewId: string, mapping: ManualMapping, signal?: AbortSignal): Promise<ImportPreview> {
      const s = session(previewId);
      const controller = startRunning(s);
      const report = progressReporter(previewId);
      try {
        s.state = await run(report, () =>
          // The duplicate picks stay: a new mapping rarely changes which SKUs repeat.
          buildPreview(s.state.table, options.sink, yielderFor(controller, signal), {
            mapping,
            choices: s.state.choices,
            onProgress: previewStepProgress(report),
          }),
        );
        report('done', s.state.totals.rows, s.state.totals.rows, 1);
        return toPublicPreview(previewId, s.state);
      } finally {
        s.running = null;
      }
    },

    /**
     * Picks which row of a duplicated SKU is imported (the others are left out) and re-checks the
     * preview with it; the mapping stays as it was. The row must be one of that SKU's rows.
     */
    async chooseDuplicate(previewId: string, sku: string, row: number, signal?: AbortSignal): Promise<ImportPreview> {
      const s = session(previewId);
      const group = s.state.duplicates.find((d) => d.sku === sku);
      if (!group?.rows.some((r) => r.row === row)) {
        const where = group ? `it is on rows ${group.rows.map((r) => r.row).join(', ')}` : 'it is not repeated in this file';
        throw new ImportError('CHOICE_INVALID', `Row ${row} cannot be chosen for SKU "${sku}": ${where}.`);
      }
      const controller = startRunning(s);
      const report = progressReporter(previewId);
      try {
        const choices = { ...s.state.choices, [sku]: row };
        s.state = await run(report, () =>
          buildPreview(s.state.table, options.sink, yielderFor(controller, signal), {
            mapping: s.state.mapping,
            choices,
            onProgress: previewStepProgress(report),
          }),
        );
        report('done', s.state.totals.rows, s.state.totals.rows, 1);
        return toPublicPreview(previewId, s.state);
      } finally {
        s.running = null;
      }
    },

    /** Commits a preview (see commitPreview for the skipInvalid rule). The preview is dropped once committed. */
    async commit(previewId: string, commitOptions: { skipInvalid?: boolean; signal?: AbortSignal } = {}): Promise<CommitResult> {
      const s = session(previewId);
      if (committing !== null) throw new ImportError('JOB_BUSY', 'Another import is being committed; wait for it to finish.');
      const controller = startRunning(s);
      committing = previewId;
      const report = progressReporter(previewId);
      try {
        const result = await run(report, () =>
          commitPreview(s.state, options.sink, yielderFor(controller, commitOptions.signal), {
            skipInvalid: commitOptions.skipInvalid ?? false,
            onProgress: (phase, done, total) => report(phase, done, total, total === 0 ? 1 : done / total),
          }),
        );
        sessions.delete(previewId);
        report('done', s.state.totals.valid, s.state.totals.valid, 1);
        return result;
      } catch (error) {
        // Part of it is written and the rest is finished later: this preview is spent.
        if (error instanceof ImportError && error.code === 'APPLY_UNFINISHED') sessions.delete(previewId);
        throw error;
      } finally {
        committing = null;
        s.running = null;
      }
    },

    /** Preview rows in file order, for paging a large file in the UI. */
    rows(previewId: string, offset: number, limit: number): PreviewRow[] {
      return session(previewId).state.rows.slice(offset, offset + limit);
    },

    issues(previewId: string, offset: number, limit: number): ImportIssue[] {
      return session(previewId).state.issues.slice(offset, offset + limit);
    },

    /** Stops the running read, remap or commit of this job. Returns false when nothing was running. */
    cancel(jobId: string): boolean {
      const controller = reading.get(jobId) ?? sessions.get(jobId)?.running;
      if (!controller) return false;
      controller.abort();
      return true;
    },

    discard(previewId: string): void {
      sessions.get(previewId)?.running?.abort();
      sessions.delete(previewId);
    },
  };
}

export type ImportJobs = ReturnType<typeof createImportJobs>;
