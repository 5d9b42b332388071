import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../../shared/api/errors';
import { FakeTransport } from '../../../../test/support/renderer/fakeTransport';
import { createApiClient } from '../../api/client';
import { createPackageStore } from './packageStore';
import { createShowsStore } from './showsStore';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const id = (n: number) => `0190a3c4-0000-7000-8000-${String(n).padStart(12, '0')}`;
const SHOW = id(1);
const PRODUCT = id(9);

const show = (cueCount: number, name = 'Night', showId = SHOW) => ({
  id: showId,
  name,
  notes: '',
  plannedStartAt: null,
  cueCount,
  createdAt: 1,
  updatedAt: 2,
  origin: null,
});
const cue = (n: number, orderKey: string, type = 'note', config: Record<string, unknown> = { text: `cue ${n}` }) => ({
  id: id(100 + n),
  showId: SHOW,
  orderKey,
  type,
  title: `cue ${n}`,
  config,
  createdAt: 1,
  updatedAt: 1,
});

/** A tiny backend: cues sorted by order key; cue.move puts the cue between its neighbours. */
function backend() {
  let cues = [cue(1, 'a0'), cue(2, 'a1', 'product', { productId: PRODUCT }), cue(3, 'a2')];
  const transport = new FakeTransport()
    .handle('show.list', () => ok({ items: [show(cues.length)], total: 1, limit: 50, offset: 0 }))
    .handle('show.get', () => ok({ show: show(cues.length), cues: [...cues].sort((x, y) => (x.orderKey < y.orderKey ? -1 : 1)) }))
    .handle('product.get', () => ok({ ...productRow }))
    .handle('cue.move', (payload) => {
      const { id: moved, afterId, beforeId } = payload as { id: string; afterId: string | null; beforeId: string | null };
      const key = (x: string | null, fallback: string) => cues.find((c) => c.id === x)?.orderKey ?? fallback;
      const lo = key(afterId, '');
      const hi = key(beforeId, 'z');
      cues = cues.map((c) => (c.id === moved ? { ...c, orderKey: `${lo}${hi > `${lo}m` ? 'm' : '0'}` } : c));
      return ok(cues.find((c) => c.id === moved));
    });
  return { transport, cues: () => cues };
}

const productRow = {
  id: PRODUCT,
  sku: 'SKU-9',
  title: 'Cream',
  subtitle: '',
  listPriceFen: null,
  livePriceFen: null,
  stock: null,
  category: '',
  tags: [],
  sellingPoints: [],
  platformIds: {},
  images: [],
  createdAt: 1,
  updatedAt: 1,
};

describe('shows store', () => {
  it('loads the list, opens a show and names what its cues point to', async () => {
    const { transport } = backend();
    const { store } = createShowsStore(createApiClient(transport));
    await flush();
    expect(store.getState().shows.map((s) => s.name)).toEqual(['Night']);
    await store.getState().select(SHOW);
    expect(store.getState().current?.cues.map((c) => c.title)).toEqual(['cue 1', 'cue 2', 'cue 3']);
    expect(store.getState().refs[`product:${PRODUCT}`]).toEqual({ state: 'ok', code: 'SKU-9', title: 'Cream' });
  });

  it('re-reads the show after a move and keeps the server order', async () => {
    const { transport } = backend();
    const { store } = createShowsStore(createApiClient(transport));
    await store.getState().select(SHOW);
    const done = await store.getState().moveCue(id(103), { afterId: null, beforeId: id(101) });
    expect(done).toBe(true);
    expect(transport.calls.filter((c) => c.method === 'cue.move')).toEqual([
      { method: 'cue.move', payload: { id: id(103), afterId: null, beforeId: id(101) } },
    ]);
    expect(transport.calls.at(-1)?.method).toBe('show.get');
    expect(store.getState().current?.cues.map((c) => c.title)).toEqual(['cue 3', 'cue 1', 'cue 2']);
  });

  it('keeps the error of a failed move and shows the server order again', async () => {
    const { transport } = backend();
    transport.handle('cue.move', () => fail('NOT_FOUND', 'cue is gone', { path: ['id'] }));
    const { store } = createShowsStore(createApiClient(transport));
    await store.getState().select(SHOW);
    expect(await store.getState().moveCue(id(103), { afterId: null, beforeId: id(101) })).toBe(false);
    expect(store.getState().actionError).toBe('cue is gone');
    expect(store.getState().current?.cues.map((c) => c.title)).toEqual(['cue 1', 'cue 2', 'cue 3']);
  });
});

describe('duplicating a show', () => {
  it('copies the show, puts the copy at the top of the list and opens it', async () => {
    const { transport } = backend();
    const COPY = id(2);
    transport
      .handle('show.duplicate', (payload) => ok(show(3, 'Night (copy)', (payload as { id: string }).id === SHOW ? COPY : SHOW)))
      .handle('show.get', (payload) => {
        const wanted = (payload as { id: string }).id;
        return ok({ show: show(0, wanted === COPY ? 'Night (copy)' : 'Night', wanted), cues: [] });
      });
    const { store } = createShowsStore(createApiClient(transport));
    await flush();
    await store.getState().select(SHOW);
    const copy = await store.getState().duplicateShow(SHOW);
    expect(copy.id).toBe(COPY);
    expect(transport.calls.filter((c) => c.method === 'show.duplicate')).toEqual([{ method: 'show.duplicate', payload: { id: SHOW } }]);
    expect(store.getState().shows.map((s) => s.name)).toEqual(['Night (copy)', 'Night']);
    expect(store.getState().total).toBe(2);
    expect(store.getState().selectedId).toBe(COPY);
    expect(store.getState().current?.show.name).toBe('Night (copy)');
  });
});

describe('package store', () => {
  it('reads the file as base64, previews, commits, then opens the imported show', async () => {
    const { transport } = backend();
    const previewId = id(50);
    transport
      .handle('showPackage.preview', () =>
        ok({
          previewId,
          fileName: 'night.livecue',
          expiresAt: 10,
          source: { formatVersion: 1, appVersion: '0.1.0', exportedAt: '2025-01-01T00:00:00Z', deviceId: 'd' },
          show: { name: 'Night', importAs: 'Night (2)', cueCount: 3 },
          products: { create: [], update: [], unchanged: [] },
          coupons: { create: [] },
          tasks: { create: [] },
          images: { new: [], present: [] },
          problems: [],
        }),
      )
      .handle('showPackage.commit', () =>
        ok({
          showId: SHOW,
          showName: 'Night (2)',
          cues: 3,
          products: { created: 0, updated: 0, unchanged: 1 },
          coupons: { created: 0 },
          tasks: { created: 0 },
          images: { stored: 0, present: 0 },
        }),
      );
    const client = createApiClient(transport);
    const shows = createShowsStore(client).store;
    const packages = createPackageStore(client, shows);
    const bytes = new TextEncoder().encode('PK-bytes');
    await packages.getState().chooseFile({ name: 'night.livecue', size: bytes.length, arrayBuffer: async () => bytes.buffer });
    expect(transport.calls.find((c) => c.method === 'showPackage.preview')?.payload).toEqual({
      fileName: 'night.livecue',
      bytes: btoa('PK-bytes'),
    });
    expect(packages.getState().phase.step).toBe('preview');
    await packages.getState().commit();
    expect(transport.calls.find((c) => c.method === 'showPackage.commit')?.payload).toEqual({ previewId });
    expect(packages.getState().phase).toMatchObject({ step: 'done', result: { showName: 'Night (2)' } });
    expect(shows.getState().selectedId).toBe(SHOW);
  });

  it('sorts a refusal into a translatable kind and keeps the backend message', async () => {
    const { transport } = backend();
    transport.handle('showPackage.preview', () =>
      fail('INVALID_PAYLOAD', 'x.livecue: not a LiveCue show package (not a zip file)', { path: ['bytes'], reason: 'PACKAGE_NOT_ZIP' }),
    );
    const client = createApiClient(transport);
    const packages = createPackageStore(client, createShowsStore(client).store);
    const bytes = new Uint8Array([1, 2, 3]);
    await packages.getState().chooseFile({ name: 'x.livecue', size: 3, arrayBuffer: async () => bytes.buffer });
    expect(packages.getState().phase).toEqual({
      step: 'failed',
      fileName: 'x.livecue',
      kind: 'notPackage',
      message: 'x.livecue: not a LiveCue show package (not a zip file)',
      detail: null,
    });
  });

  it('keeps the refusal in detail as a code and values, for the panel to word in its language', async () => {
    const { transport } = backend();
    const detail = { code: 'skuTwice', params: { sku: 'A-1', number: 7 } };
    transport.handle('showPackage.preview', () =>
      fail('INVALID_PAYLOAD', 'x.livecue: products.json: SKU "A-1" appears twice (product 7)', { path: ['bytes'], detail }),
    );
    const client = createApiClient(transport);
    const packages = createPackageStore(client, createShowsStore(client).store);
    const bytes = new Uint8Array([1, 2, 3]);
    await packages.getState().chooseFile({ name: 'x.livecue', size: 3, arrayBuffer: async () => bytes.buffer });
    expect(packages.getState().phase).toMatchObject({ step: 'failed', kind: 'invalid', detail });
  });

  it('lists what a sync turn applied and follows an open show from head office to its newer version', async () => {
    const origin = (version: number) => ({ key: 'show-key', publicationId: version, version, publishedAt: 1, publishedBy: '林晓' });
    const NEW = id(2);
    let version = 1;
    // Version 2 is also renamed: the open copy is followed by its publication key, not by name.
    const hq = () => ({
      ...show(0, version === 1 ? '总部节目单' : '总部节目单 新版', version === 1 ? SHOW : NEW),
      origin: origin(version),
    });
    const transport = new FakeTransport()
      .handle('show.list', () => ok({ items: [hq()], total: 1, limit: 50, offset: 0 }))
      .handle('show.get', (payload) =>
        (payload as { id: string }).id === hq().id ? ok({ show: hq(), cues: [] }) : fail('NOT_FOUND', 'no such show'),
      );
    const { store } = createShowsStore(createApiClient(transport));
    await flush();
    await store.getState().select(SHOW);
    const synced = (lastSyncAt: number) =>
      transport.emit('sync.status', {
        hubUrl: 'https://hub.example.com',
        store: { code: 'S2', name: '广州天河店', region: '华南', group: '加盟' },
        deviceName: '门店电脑',
        state: 'synced',
        pendingEvents: 0,
        lastSyncAt,
        lastError: null,
        clockSkewMs: null,
        publications: { received: 0, deferred: 0, failed: 0 },
        producer: null,
      });

    // Version 2 replaced the copy under a new id: the list and the open show follow.
    version = 2;
    synced(1000);
    await expect.poll(() => store.getState().selectedId).toBe(NEW);
    await expect.poll(() => store.getState().current?.show.origin?.version).toBe(2);
    expect(store.getState().shows.map((s) => s.id)).toEqual([NEW]);
    // The same turn pushed again (nothing new): no reload.
    const lists = transport.calls.filter((c) => c.method === 'show.list').length;
    synced(1000);
    await flush();
    expect(transport.calls.filter((c) => c.method === 'show.list').length).toBe(lists);
  });
});
