import { describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../../shared/api/errors';
import type { ImportPreview } from '../../../../shared/domain/import/importPreview';
import { FakeTransport } from '../../../../test/support/renderer/fakeTransport';
import { createApiClient } from '../../api/client';
import { backgroundNotice, createImportStore } from './importStore';

function preview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    previewId: 'job-00000001',
    source: { fileName: 'a.csv', format: 'csv', encoding: 'gb18030', delimiter: ',', sheetName: null },
    headerRow: 1,
    columns: [
      { index: 0, header: '商品编码', field: 'sku', confidence: 1, match: 'exact' },
      { index: 1, header: '名字', field: null, confidence: 0, match: 'none' },
    ],
    unmappedColumns: [{ index: 1, header: '名字' }],
    totals: { rows: 3, valid: 2, invalid: 1, create: 2, update: 0, duplicate: 0, warned: 0 },
    issues: [
      { row: 4, column: '商品编码', columnIndex: 0, field: 'sku', code: 'REQUIRED_MISSING', message: 'Row 4: SKU is empty', value: null },
    ],
    issuesTotal: 2,
    rows: [],
    duplicates: [],
    duplicatesTotal: 0,
    totalsLines: [],
    blocking: [],
    ...overrides,
  };
}

function setup() {
  const transport = new FakeTransport();
  const client = createApiClient(transport);
  const onCommitted = vi.fn();
  const store = createImportStore(client, onCommitted);
  return { transport, store, onCommitted };
}

const file = () => new File([new TextEncoder().encode('商品编码\nA\n')], 'a.csv');

describe('import store', () => {
  it('previews a file as base64 under a fresh job id and follows only that job’s progress', async () => {
    const { transport, store } = setup();
    let release: (value: ReturnType<typeof ok>) => void = () => {};
    transport.handle('import.products.preview', (payload) => {
      const { jobId } = payload as { jobId: string };
      return new Promise((resolve) => {
        release = resolve;
        queueMicrotask(() => {
          transport.emit('import.progress', { jobId: 'someone-else', phase: 'validating', rowsDone: 1, rowsTotal: 9, fraction: 0.1 });
          transport.emit('import.progress', { jobId, phase: 'reading', rowsDone: 5, rowsTotal: null, fraction: 0.5 });
        });
      });
    });
    const done = store.getState().chooseFile(file());
    await vi.waitFor(() => {
      const step = store.getState().step;
      expect(step.kind === 'reading' && step.progress?.phase).toBe('reading');
    });
    const sent = transport.calls.find((c) => c.method === 'import.products.preview')?.payload as { jobId: string; bytesBase64: string };
    expect(atob(sent.bytesBase64)).toBe(String.fromCharCode(...new TextEncoder().encode('商品编码\nA\n')));
    release(ok(preview({ previewId: sent.jobId })));
    await done;
    expect(store.getState().step.kind).toBe('preview');
  });

  it('sends the full mapping on remap, moving a field off the column that had it', async () => {
    const { transport, store } = setup();
    transport.handle('import.products.preview', () => ok(preview()));
    transport.handle('import.products.remap', () =>
      ok(preview({ totals: { rows: 3, valid: 3, invalid: 0, create: 3, update: 0, duplicate: 0, warned: 0 } })),
    );
    await store.getState().chooseFile(file());
    await store.getState().remap(1, 'sku');
    expect(transport.calls.at(-1)).toEqual({
      method: 'import.products.remap',
      payload: { previewId: 'job-00000001', mapping: { 0: null, 1: 'sku' } },
    });
    const step = store.getState().step;
    expect(step.kind === 'preview' && step.preview.totals.invalid).toBe(0);
  });

  it('sends the picked row of a duplicated SKU and shows the re-checked preview', async () => {
    const { transport, store } = setup();
    const group = (chosenRow: number) => ({
      sku: 'A',
      chosenRow,
      rows: [
        { row: 2, product: { sku: 'A', title: '一' } },
        { row: 5, product: { sku: 'A', title: '二' } },
      ],
    });
    transport.handle('import.products.preview', () => ok(preview({ duplicates: [group(2)], duplicatesTotal: 1 })));
    transport.handle('import.products.chooseDuplicate', () => ok(preview({ duplicates: [group(5)], duplicatesTotal: 1 })));
    await store.getState().chooseFile(file());
    await store.getState().chooseDuplicate('A', 5);
    expect(transport.calls.at(-1)).toEqual({
      method: 'import.products.chooseDuplicate',
      payload: { previewId: 'job-00000001', sku: 'A', row: 5 },
    });
    const step = store.getState().step;
    expect(step.kind === 'preview' && step.preview.duplicates[0]?.chosenRow).toBe(5);
  });

  it('pages the rest of the issues', async () => {
    const { transport, store } = setup();
    transport.handle('import.products.preview', () => ok(preview()));
    transport.handle('import.products.issues', () =>
      ok([{ row: 9, column: null, columnIndex: null, field: null, code: 'CELL_ERROR', message: 'x', value: '#N/A' }]),
    );
    await store.getState().chooseFile(file());
    await store.getState().loadMoreIssues();
    const step = store.getState().step;
    expect(step.kind === 'preview' && step.issues.map((i) => i.row)).toEqual([4, 9]);
    expect(transport.calls.at(-1)?.payload).toEqual({ previewId: 'job-00000001', offset: 1, limit: 100 });
  });

  it('commits with skipInvalid only when asked, then reports the result', async () => {
    const { transport, store, onCommitted } = setup();
    transport.handle('import.products.preview', () => ok(preview()));
    transport.handle('import.products.commit', (payload) =>
      (payload as { skipInvalid: boolean }).skipInvalid
        ? ok({ created: 2, updated: 0, skippedInvalid: 1 })
        : fail('INVALID_PAYLOAD', 'The file has invalid rows', { reason: 'HAS_INVALID_ROWS' }),
    );
    await store.getState().chooseFile(file());
    await store.getState().commit();
    expect(store.getState().failure).toEqual({ reason: 'HAS_INVALID_ROWS', message: 'The file has invalid rows' });
    expect(store.getState().step.kind).toBe('preview');
    store.getState().setSkipInvalid(true);
    await store.getState().commit();
    const step = store.getState().step;
    expect(step.kind === 'done' && step.result).toEqual({ created: 2, updated: 0, skippedInvalid: 1 });
    expect(onCommitted).toHaveBeenCalledTimes(1);
  });

  it('returns to the file step, saying nothing changed, when the preview is cancelled', async () => {
    const { transport, store } = setup();
    transport.handle('import.products.preview', () => fail('CANCELLED', 'cancelled', { reason: 'CANCELLED' }));
    await store.getState().chooseFile(file());
    expect(store.getState()).toMatchObject({ step: { kind: 'choose' }, cancelled: true, failure: null });
  });

  it('refuses an empty file without calling the backend', async () => {
    const { transport, store } = setup();
    await store.getState().chooseFile(new File([], 'empty.csv'));
    expect(store.getState().failure?.reason).toBe('FILE_EMPTY');
    expect(transport.calls).toEqual([]);
  });

  /** Previews a file, then has its commit refused with `reason` (the disk full, in both cases). */
  async function commitRefused(reason: string) {
    const made = setup();
    made.transport.handle('import.products.preview', () => ok(preview()));
    made.transport.handle('import.products.commit', () => fail('CONFLICT', 'database or disk is full', { reason }));
    await made.store.getState().chooseFile(file());
    await made.store.getState().commit();
    return made;
  }

  it('after a commit that wrote part of the file (the rest is finished later), reloads the list and leaves the spent preview', async () => {
    const { store, onCommitted } = await commitRefused('APPLY_UNFINISHED');
    expect(store.getState()).toMatchObject({
      step: { kind: 'choose' },
      failure: { reason: 'APPLY_UNFINISHED', message: 'database or disk is full' },
    });
    expect(onCommitted).toHaveBeenCalledTimes(1);
  });

  it('keeps the preview when an earlier import could not be finished first, so the same file can be tried again', async () => {
    const { store, onCommitted } = await commitRefused('EARLIER_IMPORT_UNFINISHED');
    expect(store.getState()).toMatchObject({ step: { kind: 'preview' }, failure: { reason: 'EARLIER_IMPORT_UNFINISHED' } });
    // The earlier import may have moved on meanwhile: the list is read again.
    expect(onCommitted).toHaveBeenCalledTimes(1);
  });

  /** Previews a file and starts its commit, which answers `answer` once released; the dialog is closed meanwhile. */
  async function commitWithDialogClosed(answer: ReturnType<typeof ok> | ReturnType<typeof fail>) {
    const made = setup();
    let release: () => void = () => {};
    made.transport.handle('import.products.preview', () => ok(preview()));
    made.transport.handle('import.products.commit', () => new Promise((resolve) => (release = () => resolve(answer))));
    await made.store.getState().chooseFile(file());
    const committing = made.store.getState().commit();
    made.store.getState().close();
    expect(made.store.getState()).toMatchObject({ open: false, step: { kind: 'committing' }, background: null });
    release();
    await committing;
    return made;
  }

  it('says in the products area how an import finished after its dialog was closed, until dismissed or reopened', async () => {
    const { store, onCommitted } = await commitWithDialogClosed(ok({ created: 2, updated: 1, skippedInvalid: 0 }));
    expect(store.getState()).toMatchObject({
      open: false,
      step: { kind: 'choose' },
      background: { kind: 'done', fileName: 'a.csv', result: { created: 2, updated: 1, skippedInvalid: 0 } },
    });
    expect(onCommitted).toHaveBeenCalledTimes(1);
    store.getState().dismissBackground();
    expect(store.getState().background).toBeNull();
  });

  it('says so when an import fails after its dialog was closed, with what was written', async () => {
    const { store, onCommitted } = await commitWithDialogClosed(
      fail('CONFLICT', 'database or disk is full', { reason: 'APPLY_UNFINISHED' }),
    );
    expect(store.getState()).toMatchObject({
      step: { kind: 'choose' },
      background: { kind: 'failed', fileName: 'a.csv', failure: { reason: 'APPLY_UNFINISHED', message: 'database or disk is full' } },
    });
    expect(onCommitted).toHaveBeenCalledTimes(1);
    // Opening the dialog again starts afresh and clears the notice.
    store.getState().openWizard();
    expect(store.getState()).toMatchObject({ open: true, step: { kind: 'choose' }, background: null, failure: null });
  });

  it('says nothing when closing the dialog stopped the import before it wrote anything', async () => {
    const { store, transport } = await commitWithDialogClosed(fail('CANCELLED', 'cancelled', { reason: 'CANCELLED' }));
    expect(store.getState()).toMatchObject({ step: { kind: 'choose' }, background: null });
    expect(transport.calls.some((c) => c.method === 'import.products.discard')).toBe(true);
  });

  /** Previews a file and starts its commit, which never answers; `phase` is the commit's progress when the dialog closes. */
  async function closedWhileCommitting(phase: 'committing' | 'done') {
    const made = setup();
    made.transport.handle('import.products.preview', () => ok(preview()));
    made.transport.handle('import.products.commit', () => new Promise(() => {}));
    made.transport.handle('import.cancel', () => ok({ cancelled: true }));
    await made.store.getState().chooseFile(file());
    void made.store.getState().commit();
    expect(backgroundNotice(made.store.getState())).toBeNull(); // the dialog shows it
    const committing = made.store.getState().step;
    if (committing.kind !== 'committing') throw new Error('not committing');
    made.store.setState({ step: { ...committing, progress: { jobId: 'job-00000001', phase, rowsDone: 1, rowsTotal: 2, fraction: 0.5 } } });
    made.store.getState().close();
    return { ...made, committing };
  }

  it('says an import goes on in the background only while its dialog is closed and it is not being stopped', async () => {
    // Closed while it writes: it cannot be stopped any more and goes on.
    const { store, committing } = await closedWhileCommitting('committing');
    expect(backgroundNotice(store.getState())).toEqual({ kind: 'running', fileName: 'a.csv' });
    // Closed before it wrote anything: closing stops it, and nothing goes on.
    store.setState({ step: { ...committing, cancelling: true } });
    expect(backgroundNotice(store.getState())).toBeNull();
  });

  it('does not try to stop a commit that has written everything and only its answer is on the way', async () => {
    const { store, transport } = await closedWhileCommitting('done');
    expect(transport.calls.some((c) => c.method === 'import.cancel')).toBe(false);
    expect(backgroundNotice(store.getState())).toEqual({ kind: 'running', fileName: 'a.csv' });
  });
});
