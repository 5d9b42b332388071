import { createStore, type StoreApi } from 'zustand/vanilla';
import { ApiCallError } from '../../../../shared/api/errors';
import { IMPORT_MAX_BYTES } from '../../../../shared/api/methods/import.methods';
import type { ImportField } from '../../../../shared/domain/import/importField';
import type { ImportIssue } from '../../../../shared/domain/import/importIssue';
import type { CommitResult, ImportPreview } from '../../../../shared/domain/import/importPreview';
import type { ImportProgress } from '../../../../shared/domain/import/importProgress';
import type { ApiClient } from '../../api/client';
import { bytesToBase64 } from '../../files/base64';
import { errorMessage } from '../bound';
import { withColumnField } from './mapping';

/** Issues asked for per page when the preview holds more than it sent. */
const ISSUES_PAGE = 100;

export type ImportStep =
  | { kind: 'choose' }
  | { kind: 'reading'; jobId: string; fileName: string; progress: ImportProgress | null; cancelling: boolean }
  | { kind: 'preview'; preview: ImportPreview; issues: ImportIssue[]; remapping: boolean; loadingIssues: boolean }
  | { kind: 'committing'; preview: ImportPreview; progress: ImportProgress | null; cancelling: boolean }
  | { kind: 'done'; result: CommitResult; fileName: string };

/** A failure to show: `reason` is the import's own code (translated), `message` the backend's English fallback. */
export interface ImportFailure {
  reason: string | undefined;
  message: string;
}

/**
 * How an import ended while its dialog was closed (it goes on writing in the background): shown in the products
 * area until dismissed, so a result or a failure is never lost with the dialog.
 */
export type BackgroundOutcome =
  | { kind: 'done'; fileName: string; result: CommitResult }
  | { kind: 'failed'; fileName: string; failure: ImportFailure };

/**
 * What the products area says about an import whose dialog is closed: that it goes on writing, how it ended, or
 * nothing (the dialog is open, or closing it is stopping an import that wrote nothing yet).
 */
export function backgroundNotice(
  state: Pick<ImportState, 'open' | 'step' | 'background'>,
): { kind: 'running'; fileName: string } | BackgroundOutcome | null {
  if (state.open) return null;
  const { step } = state;
  if (step.kind === 'committing') return step.cancelling ? null : { kind: 'running', fileName: step.preview.source.fileName };
  return state.background;
}

/** A commit writing, or written with its answer still on the way: a cancel could no longer stop it. */
export function tooLateToCancel(progress: ImportProgress | null): boolean {
  return progress?.phase === 'committing' || progress?.phase === 'done';
}

export interface ImportState {
  open: boolean;
  step: ImportStep;
  failure: ImportFailure | null;
  background: BackgroundOutcome | null;
  /** Set after a cancelled step, until the next action. */
  cancelled: boolean;
  skipInvalid: boolean;
  openWizard(): void;
  close(): void;
  chooseFile(file: File): Promise<void>;
  remap(columnIndex: number, field: ImportField | null): Promise<void>;
  /** Picks the row imported for a SKU the file repeats. */
  chooseDuplicate(sku: string, row: number): Promise<void>;
  loadMoreIssues(): Promise<void>;
  setSkipInvalid(skip: boolean): void;
  commit(): Promise<void>;
  cancel(): Promise<void>;
  restart(): void;
  dismissBackground(): void;
}

function failureOf(error: unknown): ImportFailure {
  if (error instanceof ApiCallError) return { reason: error.reason, message: error.message };
  return { reason: undefined, message: errorMessage(error) };
}

/** The import wrote part of its products (the rest is finished later), or advanced an earlier one: the list changed. */
function wroteSome(error: unknown): boolean {
  return error instanceof ApiCallError && (error.reason === 'APPLY_UNFINISHED' || error.reason === 'EARLIER_IMPORT_UNFINISHED');
}

function isCancelled(error: unknown): boolean {
  return error instanceof ApiCallError && (error.code === 'CANCELLED' || error.reason === 'CANCELLED');
}

/** The import wizard: file → preview (with live progress) → corrected mapping → commit → result. */
export function createImportStore(client: ApiClient, onCommitted: () => void): StoreApi<ImportState> {
  const store = createStore<ImportState>((set, get) => {
    /** Forgets the backend's preview, if any; nothing was written, this only frees memory. */
    function discardCurrent(): void {
      const step = get().step;
      if (step.kind === 'preview') void client.call('import.products.discard', { previewId: step.preview.previewId }).catch(() => {});
    }

    /** Runs a re-check of the current preview (new mapping or duplicate pick) and shows its answer. */
    async function recheck(call: () => Promise<ImportPreview>): Promise<void> {
      const step = get().step;
      if (step.kind !== 'preview') return;
      set({ step: { ...step, remapping: true }, failure: null });
      try {
        const preview = await call();
        set({ step: { kind: 'preview', preview, issues: preview.issues, remapping: false, loadingIssues: false } });
        if (preview.totals.invalid === 0) set({ skipInvalid: false });
      } catch (error) {
        const now = get().step;
        if (now.kind === 'preview') set({ step: { ...now, remapping: false }, failure: failureOf(error) });
      }
    }

    return {
      open: false,
      step: { kind: 'choose' },
      failure: null,
      background: null,
      cancelled: false,
      skipInvalid: false,

      openWizard() {
        if (get().open) return;
        const step = get().step;
        set({ open: true, background: null, ...(step.kind === 'done' ? { step: { kind: 'choose' } as const } : {}) });
      },

      dismissBackground() {
        set({ background: null });
      },

      close() {
        const step = get().step;
        if (step.kind === 'committing') {
          // Stop it if it can still stop; once writing, it finishes in the background and the list refreshes.
          void get().cancel();
          set({ open: false });
          return;
        }
        if (step.kind === 'reading') void get().cancel();
        discardCurrent();
        set({ open: false, step: { kind: 'choose' }, failure: null, cancelled: false, skipInvalid: false });
      },

      restart() {
        discardCurrent();
        set({ step: { kind: 'choose' }, failure: null, cancelled: false, skipInvalid: false });
      },

      async chooseFile(file) {
        discardCurrent();
        set({ open: true, background: null, failure: null, cancelled: false, skipInvalid: false });
        if (file.size === 0) {
          set({ step: { kind: 'choose' }, failure: { reason: 'FILE_EMPTY', message: 'The file is empty.' } });
          return;
        }
        if (file.size > IMPORT_MAX_BYTES) {
          set({ step: { kind: 'choose' }, failure: { reason: 'FILE_TOO_LARGE', message: 'The file is larger than 100 MB.' } });
          return;
        }
        const jobId = crypto.randomUUID();
        set({ step: { kind: 'reading', jobId, fileName: file.name, progress: null, cancelling: false } });
        const stillMine = () => {
          const step = get().step;
          return step.kind === 'reading' && step.jobId === jobId;
        };
        try {
          const bytesBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
          if (!stillMine()) return;
          const preview = await client.call('import.products.preview', { jobId, fileName: file.name.slice(0, 255), bytesBase64 });
          if (!stillMine()) {
            void client.call('import.products.discard', { previewId: preview.previewId }).catch(() => {});
            return;
          }
          set({ step: { kind: 'preview', preview, issues: preview.issues, remapping: false, loadingIssues: false } });
        } catch (error) {
          if (!stillMine()) return;
          set({ step: { kind: 'choose' }, ...(isCancelled(error) ? { cancelled: true } : { failure: failureOf(error) }) });
        }
      },

      async remap(columnIndex, field) {
        const step = get().step;
        if (step.kind !== 'preview' || step.remapping) return;
        const mapping = withColumnField(step.preview.columns, columnIndex, field);
        await recheck(() => client.call('import.products.remap', { previewId: step.preview.previewId, mapping }));
      },

      async chooseDuplicate(sku, row) {
        const step = get().step;
        if (step.kind !== 'preview' || step.remapping) return;
        await recheck(() => client.call('import.products.chooseDuplicate', { previewId: step.preview.previewId, sku, row }));
      },

      async loadMoreIssues() {
        const step = get().step;
        if (step.kind !== 'preview' || step.loadingIssues || step.issues.length >= step.preview.issuesTotal) return;
        set({ step: { ...step, loadingIssues: true } });
        try {
          const more = await client.call('import.products.issues', {
            previewId: step.preview.previewId,
            offset: step.issues.length,
            limit: ISSUES_PAGE,
          });
          const now = get().step;
          if (now.kind === 'preview' && now.preview === step.preview) {
            set({ step: { ...now, issues: [...now.issues, ...more], loadingIssues: false } });
          }
        } catch (error) {
          const now = get().step;
          if (now.kind === 'preview') set({ step: { ...now, loadingIssues: false }, failure: failureOf(error) });
        }
      },

      setSkipInvalid(skipInvalid) {
        set({ skipInvalid });
      },

      async commit() {
        const step = get().step;
        if (step.kind !== 'preview' || step.remapping) return;
        const { preview, issues } = step;
        const skipInvalid = get().skipInvalid && preview.totals.invalid > 0;
        set({ step: { kind: 'committing', preview, progress: null, cancelling: false }, failure: null, cancelled: false });
        const fileName = preview.source.fileName;
        try {
          const result = await client.call('import.products.commit', { previewId: preview.previewId, skipInvalid });
          // Finished after the dialog was closed: the products area says so; the dialog opens afresh.
          if (!get().open) set({ step: { kind: 'choose' }, skipInvalid: false, background: { kind: 'done', fileName, result } });
          else set({ step: { kind: 'done', result, fileName }, skipInvalid: false });
          onCommitted();
        } catch (error) {
          if (wroteSome(error)) onCommitted();
          if (!get().open) {
            // Closed while committing: forget the preview. Stopped by closing (cancelled) is what the user asked for;
            // anything else is said in the products area.
            set({
              step: { kind: 'choose' },
              skipInvalid: false,
              ...(isCancelled(error) ? {} : { background: { kind: 'failed', fileName, failure: failureOf(error) } }),
            });
            void client.call('import.products.discard', { previewId: preview.previewId }).catch(() => {});
            return;
          }
          if (error instanceof ApiCallError && error.reason === 'APPLY_UNFINISHED') {
            // Part of it is written and the rest is finished later: the preview is spent; the notice says what happened.
            set({ step: { kind: 'choose' }, skipInvalid: false, failure: failureOf(error) });
            return;
          }
          // The preview stays (nothing of this file was written), so the user can fix the choice and try again.
          set({
            step: { kind: 'preview', preview, issues, remapping: false, loadingIssues: false },
            ...(isCancelled(error) ? { cancelled: true } : { failure: failureOf(error) }),
          });
        }
      },

      async cancel() {
        const step = get().step;
        if (step.kind === 'reading') {
          set({ step: { ...step, cancelling: true } });
          await client.call('import.cancel', { jobId: step.jobId }).catch(() => {});
          // Still reading the file in the page (before the call went out): stop here.
          const now = get().step;
          if (now.kind === 'reading' && now.jobId === step.jobId && now.progress === null) {
            set({ step: { kind: 'choose' }, cancelled: true });
          }
        } else if (step.kind === 'committing') {
          if (tooLateToCancel(step.progress)) return;
          set({ step: { ...step, cancelling: true } });
          await client.call('import.cancel', { jobId: step.preview.previewId }).catch(() => {});
        }
      },
    };
  });

  client.subscribe('import.progress', (progress) => {
    const step = store.getState().step;
    if (step.kind === 'reading' && step.jobId === progress.jobId) store.setState({ step: { ...step, progress } });
    else if (step.kind === 'committing' && step.preview.previewId === progress.jobId) store.setState({ step: { ...step, progress } });
  });
  return store;
}
