import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { ShowPackageImportResult, ShowPackagePreview } from '../../../shared/domain/showPackage/showPackageResults';
import {
  call,
  type Entries,
  makePng,
  newBackend,
  readJson,
  repack,
  sha256,
  testClock,
  unpack,
} from '../../../test/support/backend/testPackages';
import type { Backend } from '../createBackend';

const open: Backend[] = [];
afterEach(async () => {
  for (const b of open.splice(0)) await b.close();
});
async function backend(clock = testClock()): Promise<Backend> {
  const b = await newBackend(clock);
  open.push(b);
  return b;
}

interface Ref {
  id: string;
}
interface ShowWithCues {
  show: { id: string; name: string; notes: string; cueCount: number };
  cues: { id: string; type: string; title: string; config: Record<string, unknown> }[];
}
const SHOW_NAME = '双11 专场/预热';

/** A show on `b` using three of four products (one only through a coupon), a coupon, a task and two of three images. */
async function seed(b: Backend) {
  const image = async (png: Buffer) => (await call<{ hash: string }>(b, 'image.store', { dataBase64: png.toString('base64') })).hash;
  const red = await image(makePng(255, 0, 0));
  const blue = await image(makePng(0, 0, 255));
  const green = await image(makePng(0, 255, 0));
  const p1 = await call<Ref>(b, 'product.create', {
    sku: 'SKU-1',
    title: '保温杯',
    subtitle: '大容量',
    listPriceFen: 12900,
    livePriceFen: 9900,
    stock: 50,
    category: '家居',
    tags: ['热卖'],
    sellingPoints: ['304不锈钢', '12小时保温'],
    platformIds: { douyin: '3581', tmall: '6712' },
    images: [red, blue],
  });
  const p2 = await call<Ref>(b, 'product.create', { sku: 'SKU-2', title: '杯套', images: [blue] });
  const p3 = await call<Ref>(b, 'product.create', { sku: 'SKU-3', title: '礼盒', livePriceFen: 19900 });
  await call(b, 'product.create', { sku: 'SKU-4', title: '不导出', images: [green] });
  const coupon = await call<Ref>(b, 'coupon.create', {
    name: '满199减20',
    type: 'threshold',
    value: 2000,
    thresholdFen: 19900,
    startsAt: 1_700_000_000_000,
    endsAt: 1_800_000_000_000,
    productIds: [p2.id, p3.id],
  });
  const task = await call<Ref>(b, 'task.create', { type: 'comment_keyword', title: '评论口令', target: 100, keyword: '福利' });
  const show = await call<Ref>(b, 'show.create', { name: SHOW_NAME, notes: '开场先讲福利' });
  const cue = (type: string, config: Record<string, unknown>, title?: string) =>
    call<Ref>(b, 'cue.insert', { showId: show.id, type, config, ...(title ? { title } : {}) });
  await cue('product', { productId: p1.id });
  await cue('coupon', { couponId: coupon.id });
  await cue('flash_sale', { productId: p3.id, couponId: coupon.id, durationMs: 60_000 }, '秒杀礼盒');
  await cue('task', { taskId: task.id });
  await cue('scene', { sceneName: 'Main' });
  await cue('giveaway', { taskId: task.id, durationMs: 300_000, extra: 'kept' }, '福袋');
  const note = await cue('note', { text: '欢迎' });
  await call(b, 'cue.move', { id: note.id, afterId: null }); // order comes from the order keys, not creation
  return { showId: show.id, images: { red, blue, green } };
}

function raw(b: Backend) {
  return new Database(b.databaseFile, { readonly: true, fileMustExist: true });
}
function counts(b: Backend) {
  const db = raw(b);
  const n = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  const out = Object.fromEntries(
    ['products', 'product_images', 'coupons', 'coupon_products', 'loyalty_tasks', 'shows', 'cues', 'images', 'events', 'outbox'].map(
      (t) => [t, n(t)],
    ),
  );
  db.close();
  return out;
}
async function productsBySku(b: Backend) {
  const page = await call<{ items: Record<string, unknown>[] }>(b, 'product.list', { limit: 500 });
  return new Map(page.items.map((p) => [p.sku as string, p]));
}
const content = ({ id: _i, createdAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;

async function exported(b: Backend, showId: string) {
  return call<{ fileName: string; bytes: string; summary: Record<string, unknown> }>(b, 'showPackage.export', { showId });
}
async function refusal(b: Backend, bytes: string, fileName = 'show.livecue') {
  const result = await b.dispatch('showPackage.preview', { fileName, bytes });
  if (result.ok) throw new Error('expected the package to be refused');
  return result.error;
}

describe('show package: export', () => {
  it('packs the show, only what its cues use, the images, and a manifest with every hash; writes nothing', async () => {
    const a = await backend();
    const { showId, images } = await seed(a);
    const before = counts(a);
    const pkg = await exported(a, showId);
    expect(counts(a)).toEqual(before);

    expect(pkg.fileName).toBe('双11 专场_预热.livecue');
    expect(pkg.summary).toEqual({ showName: SHOW_NAME, cues: 7, products: 3, coupons: 1, tasks: 1, images: 2, bytes: expect.any(Number) });
    const entries = unpack(pkg.bytes);
    expect(Object.keys(entries).sort()).toEqual(
      [
        'coupons.json',
        `images/${images.blue}.png`,
        `images/${images.red}.png`,
        'manifest.json',
        'products.json',
        'show.json',
        'tasks.json',
      ].sort(),
    );
    const manifest = readJson(entries, 'manifest.json');
    const status = await call<{ deviceId: string }>(a, 'store.status', {});
    expect(manifest).toMatchObject({
      format: 'livecue-show-package',
      formatVersion: 1,
      appVersion: '1.2.3',
      sourceDeviceId: status.deviceId,
      sourceShowId: showId,
      showName: SHOW_NAME,
      counts: { cues: 7, products: 3, coupons: 1, tasks: 1, images: 2 },
    });
    expect(new Date(manifest.exportedAt as string).toISOString()).toBe(manifest.exportedAt);
    const listed = manifest.entries as Record<string, { sha256: string; bytes: number }>;
    expect(Object.keys(listed).sort()).toEqual(
      Object.keys(entries)
        .filter((n) => n !== 'manifest.json')
        .sort(),
    );
    for (const [name, bytes] of Object.entries(entries)) {
      if (name !== 'manifest.json') expect(listed[name]).toEqual({ sha256: sha256(bytes), bytes: bytes.length });
    }
    const skus = readJson<{ products: { sku: string }[] }>(entries, 'products.json').products.map((p) => p.sku);
    expect(skus.sort()).toEqual(['SKU-1', 'SKU-2', 'SKU-3']);
    expect(readJson<ShowWithCues>(entries, 'show.json').cues.map((c) => c.type)).toEqual([
      'note',
      'product',
      'coupon',
      'flash_sale',
      'task',
      'scene',
      'giveaway',
    ]);
  });

  it('gives file names every OS accepts and says NOT_FOUND for an unknown show', async () => {
    const a = await backend();
    const show = await call<Ref>(a, 'show.create', { name: 'CON' });
    expect((await exported(a, show.id)).fileName).toBe('_CON.livecue');
    const missing = await a.dispatch('showPackage.export', { showId: '01900000-0000-7000-8000-000000000000' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('show package: import', () => {
  it('round-trips to a fresh PC: new ids, same content, cue order kept, links remapped, images identical, one event', async () => {
    const a = await backend();
    const { showId } = await seed(a);
    const pkg = await exported(a, showId);
    const b = await backend();

    const preview = await call<ShowPackagePreview>(b, 'showPackage.preview', { fileName: pkg.fileName, bytes: pkg.bytes });
    expect(preview.show).toEqual({ name: SHOW_NAME, importAs: SHOW_NAME, cueCount: 7 });
    expect(preview.products.create.map((p) => p.sku).sort()).toEqual(['SKU-1', 'SKU-2', 'SKU-3']);
    expect(preview.products.update).toEqual([]);
    expect(preview.coupons.create).toEqual([{ name: '满199减20', type: 'threshold' }]);
    expect(preview.tasks.create).toEqual([{ title: '评论口令', type: 'comment_keyword' }]);
    expect(preview.images.new).toHaveLength(2);
    expect(preview.images.present).toEqual([]);
    expect(preview.problems).toEqual([]);
    expect(counts(b).products).toBe(0); // a preview writes nothing

    const result = await call<ShowPackageImportResult>(b, 'showPackage.commit', { previewId: preview.previewId });
    expect(result).toEqual({
      showId: expect.any(String),
      showName: SHOW_NAME,
      cues: 7,
      products: { created: 3, updated: 0, unchanged: 0 },
      coupons: { created: 1 },
      tasks: { created: 1 },
      images: { stored: 2, present: 0 },
    });
    expect(result.showId).not.toBe(showId);

    const source = await call<ShowWithCues>(a, 'show.get', { id: showId });
    const copy = await call<ShowWithCues>(b, 'show.get', { id: result.showId });
    expect(copy.show).toMatchObject({ name: SHOW_NAME, notes: '开场先讲福利', cueCount: 7 });
    expect(copy.cues.map((c) => [c.type, c.title])).toEqual(source.cues.map((c) => [c.type, c.title]));

    // Every link points at B's copy of the same item, never at A's id.
    const describeRef = async (bk: Backend, config: Record<string, unknown>) => {
      const out: Record<string, unknown> = { ...config };
      if (config.productId) out.productId = (await call(bk, 'product.get', { id: config.productId })).sku;
      if (config.couponId) out.couponId = (await call(bk, 'coupon.get', { id: config.couponId })).name;
      if (config.taskId) out.taskId = (await call(bk, 'task.get', { id: config.taskId })).title;
      return out;
    };
    for (const [i, cue] of copy.cues.entries()) {
      const original = source.cues[i] as ShowWithCues['cues'][number];
      expect(await describeRef(b, cue.config)).toEqual(await describeRef(a, original.config));
      for (const key of ['productId', 'couponId', 'taskId']) if (cue.config[key]) expect(cue.config[key]).not.toBe(original.config[key]);
    }
    expect(copy.cues.find((c) => c.type === 'giveaway')?.config).toMatchObject({ extra: 'kept', durationMs: 300_000 });

    const aProducts = await productsBySku(a);
    const bProducts = await productsBySku(b);
    expect([...bProducts.keys()].sort()).toEqual(['SKU-1', 'SKU-2', 'SKU-3']);
    for (const [sku, p] of bProducts) expect(content(p)).toEqual(content(aProducts.get(sku) as Record<string, unknown>));

    const [bCoupon] = (await call<{ items: Record<string, unknown>[] }>(b, 'coupon.list', {})).items;
    const [aCoupon] = (await call<{ items: Record<string, unknown>[] }>(a, 'coupon.list', {})).items;
    const skusOf = (bk: Backend, ids: unknown) =>
      Promise.all((ids as string[]).map(async (id) => (await call(bk, 'product.get', { id })).sku));
    expect(await skusOf(b, bCoupon?.productIds)).toEqual(await skusOf(a, aCoupon?.productIds));
    expect({ ...content(bCoupon as Record<string, unknown>), productIds: null }).toEqual({
      ...content(aCoupon as Record<string, unknown>),
      productIds: null,
    });
    const [bTask] = (await call<{ items: Record<string, unknown>[] }>(b, 'task.list', {})).items;
    const [aTask] = (await call<{ items: Record<string, unknown>[] }>(a, 'task.list', {})).items;
    expect(content(bTask as Record<string, unknown>)).toEqual(content(aTask as Record<string, unknown>));

    for (const hash of (bProducts.get('SKU-1') as { images: string[] }).images) {
      expect((await call(b, 'image.read', { hash })).dataBase64).toBe((await call(a, 'image.read', { hash })).dataBase64);
    }

    const db = raw(b);
    const events = db.prepare('SELECT type, payload FROM events ORDER BY seq').all() as { type: string; payload: string }[];
    db.close();
    const imported = events.filter((e) => e.type === 'showPackage.imported');
    expect(imported).toHaveLength(1);
    const status = await call<{ deviceId: string }>(a, 'store.status', {});
    expect(JSON.parse(imported[0]?.payload as string)).toMatchObject({
      ...result,
      fileName: pkg.fileName,
      packageSha256: sha256(Buffer.from(pkg.bytes, 'base64')),
      source: { formatVersion: 1, appVersion: '1.2.3', deviceId: status.deviceId, showId },
    });
    expect(events.at(-1)?.type).toBe('showPackage.imported');
    expect(events.filter((e) => e.type === 'cue.created')).toHaveLength(7);

    // The preview is used up.
    expect(await b.dispatch('showPackage.commit', { previewId: preview.previewId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('re-imported on the same PC: products updated by SKU, not duplicated, and the show named " (2)", then " (3)"', async () => {
    const a = await backend();
    const { showId } = await seed(a);
    const pkg = await exported(a, showId);
    const sku1 = (await productsBySku(a)).get('SKU-1') as unknown as Ref;
    await call(a, 'product.update', { id: sku1.id, title: '保温杯（旧）', livePriceFen: 5000, platformIds: { douyin: '9999', jd: '42' } });

    const preview = await call<ShowPackagePreview>(a, 'showPackage.preview', { fileName: pkg.fileName, bytes: pkg.bytes });
    expect(preview.show.importAs).toBe(`${SHOW_NAME} (2)`);
    expect(preview.products.create).toEqual([]);
    expect(preview.products.update).toEqual([
      {
        id: sku1.id,
        sku: 'SKU-1',
        title: '保温杯（旧）',
        changes: expect.arrayContaining([
          { field: 'title', from: '保温杯（旧）', to: '保温杯' },
          { field: 'livePriceFen', from: 5000, to: 9900 },
          { field: 'platformIds', from: { douyin: '9999', jd: '42' }, to: { douyin: '3581', tmall: '6712', jd: '42' } },
        ]),
      },
    ]);
    expect(preview.products.update[0]?.changes).toHaveLength(3);
    expect(preview.products.unchanged.map((p) => p.sku).sort()).toEqual(['SKU-2', 'SKU-3']);
    expect(preview.images).toMatchObject({ new: [], present: [expect.any(Object), expect.any(Object)] });
    expect(preview.problems).toEqual([
      {
        code: 'SHOW_RENAMED',
        entry: 'show.json',
        name: SHOW_NAME,
        importAs: `${SHOW_NAME} (2)`,
        message: expect.stringContaining(`${SHOW_NAME} (2)`),
      },
    ]);

    const before = counts(a);
    const result = await call<ShowPackageImportResult>(a, 'showPackage.commit', { previewId: preview.previewId });
    expect(result).toMatchObject({
      showName: `${SHOW_NAME} (2)`,
      products: { created: 0, updated: 1, unchanged: 2 },
      images: { stored: 0, present: 2 },
    });
    const after = counts(a);
    expect(after.products).toBe(before.products);
    expect(after.images).toBe(before.images);
    expect(after.shows).toBe((before.shows as number) + 1);
    expect(after.coupons).toBe((before.coupons as number) + 1);
    expect((await productsBySku(a)).get('SKU-1')).toMatchObject({
      id: sku1.id,
      title: '保温杯',
      livePriceFen: 9900,
      platformIds: { douyin: '3581', tmall: '6712', jd: '42' },
    });

    const again = await call<ShowPackagePreview>(a, 'showPackage.preview', { fileName: pkg.fileName, bytes: pkg.bytes });
    expect(again.show.importAs).toBe(`${SHOW_NAME} (3)`);
    expect((await call(a, 'showPackage.commit', { previewId: again.previewId })).showName).toBe(`${SHOW_NAME} (3)`);
  });

  it('tolerates keys it does not know in the manifest and the parts', async () => {
    const a = await backend();
    const { showId } = await seed(a);
    const entries = unpack((await exported(a, showId)).bytes);
    const products = readJson<{ products: Record<string, unknown>[] }>(entries, 'products.json');
    for (const p of products.products) p.futureField = { x: 1 };
    entries['products.json'] = strToU8(JSON.stringify({ ...products, alsoNew: true }));
    const b = await backend();
    const preview = await call(b, 'showPackage.preview', {
      fileName: 'x.livecue',
      bytes: repack(entries, { rehash: true, manifest: (m) => Object.assign(m, { signer: 'head office' }) }),
    });
    expect((await call(b, 'showPackage.commit', { previewId: preview.previewId })).products).toEqual({
      created: 3,
      updated: 0,
      unchanged: 0,
    });
  });

  it('names what to know before importing by code, with what the UI says it with: a coupon that ended, an entry it does not use', async () => {
    const a = await backend();
    const { showId } = await seed(a);
    const entries = unpack((await exported(a, showId)).bytes);
    entries['readme.txt'] = strToU8('made at head office');
    // Opened after the package's coupon ended.
    const b = await backend(testClock(1_800_000_000_001));
    const preview = await call<ShowPackagePreview>(b, 'showPackage.preview', {
      fileName: 'x.livecue',
      bytes: repack(entries, { rehash: true }),
    });
    expect(preview.problems).toEqual([
      { code: 'COUPON_ENDED', entry: 'coupons.json', coupon: '满199减20', endsAt: 1_800_000_000_000, message: expect.any(String) },
      { code: 'ENTRY_IGNORED', entry: 'readme.txt', message: expect.stringContaining('readme.txt') },
    ]);
  });

  it('leaves the catalog untouched when the transaction fails part-way, and the same preview can be committed later', async () => {
    const a = await backend();
    const { showId } = await seed(a);
    const pkg = await exported(a, showId);
    const b = await backend();
    const preview = await call(b, 'showPackage.preview', { fileName: pkg.fileName, bytes: pkg.bytes });

    // Products, coupons, tasks and the show are written before the first cue; the cue insert then fails.
    const saboteur = new Database(b.databaseFile);
    saboteur.exec("CREATE TRIGGER fail_cue BEFORE INSERT ON cues BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END");
    const before = counts(b);
    const failed = await b.dispatch('showPackage.commit', { previewId: preview.previewId });
    expect(failed).toMatchObject({ ok: false, error: { message: expect.stringContaining('simulated disk failure') } });
    expect(counts(b)).toEqual(before);
    expect(before.products).toBe(0);

    saboteur.exec('DROP TRIGGER fail_cue');
    saboteur.close();
    const done = await call(b, 'showPackage.commit', { previewId: preview.previewId });
    expect(done.products).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(counts(b)).toMatchObject({ products: 3, coupons: 1, loyalty_tasks: 1, shows: 1, cues: 7, images: 2 });
  });

  it('forgets a preview after it expires', async () => {
    const clock = testClock();
    const a = await backend(clock);
    const { showId } = await seed(a);
    const pkg = await exported(a, showId);
    const preview = await call(a, 'showPackage.preview', { fileName: pkg.fileName, bytes: pkg.bytes });
    clock.advance(16 * 60 * 1000);
    const late = await a.dispatch('showPackage.commit', { previewId: preview.previewId });
    expect(late).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/expired/) } });
  });
});

describe('show package: refusals name what is wrong and write nothing', () => {
  async function exportedEntries() {
    const a = await backend();
    const seeded = await seed(a);
    return { entries: unpack((await exported(a, seeded.showId)).bytes), ...seeded };
  }

  it('refuses a tampered image by its entry name, before anything is written', async () => {
    const { entries, images } = await exportedEntries();
    const name = `images/${images.red}.png`;
    const tampered: Entries = { ...entries, [name]: makePng(254, 0, 0) };
    const b = await backend();
    const before = counts(b);
    const error = await refusal(b, repack(tampered));
    expect(error.code).toBe('INVALID_PAYLOAD');
    expect(error.reason).toBe('PACKAGE_TAMPERED');
    expect(error.message).toContain(`${name} does not match its SHA-256 in manifest.json`);
    // The same, for the UI to word in its own language.
    expect(error.detail).toEqual({ code: 'entryHashChanged', params: { entry: name } });
    // A forger who also fixes the manifest is caught by the hash in the name.
    const forged = await refusal(b, repack(tampered, { rehash: true }));
    expect(forged.message).toContain(`${name} does not match the SHA-256 in its name`);
    expect(forged.detail).toEqual({ code: 'imageHashChanged', params: { entry: name } });
    expect(counts(b)).toEqual(before);
    expect(existsSync(path.join(b.dataDir, 'images')) ? readdirSync(path.join(b.dataDir, 'images')) : []).toEqual([]);
  });

  it('refuses a JSON part whose hash does not match, naming it', async () => {
    const { entries } = await exportedEntries();
    // Same length, one price changed: only the hash can tell.
    const text = Buffer.from(entries['products.json'] as Uint8Array).toString('utf8');
    const altered = text.replace('"livePriceFen": 9900', '"livePriceFen": 1900');
    expect(altered).not.toBe(text);
    const b = await backend();
    const error = await refusal(b, repack({ ...entries, 'products.json': strToU8(altered) }));
    expect(error.message).toMatch(/products\.json does not match its SHA-256 in manifest\.json/);
  });

  it('refuses a newer format version with a clear message', async () => {
    const { entries } = await exportedEntries();
    const error = await refusal(await backend(), repack(entries, { manifest: (m) => Object.assign(m, { formatVersion: 2 }) }));
    expect(error.message).toMatch(/format version 2, newer than this LiveCue reads \(1\)\. Update LiveCue/);
    expect(error.reason).toBe('PACKAGE_NEWER_FORMAT');
    expect(error.detail).toEqual({ code: 'newerFormat', params: { version: 2, supported: 1 } });
  });

  it('refuses what is not a zip, a zip without a manifest, and a manifest of something else', async () => {
    const b = await backend();
    const notZip = await refusal(b, Buffer.from('just some text, not a package').toString('base64'), 'notes.livecue');
    expect(notZip.message).toBe('notes.livecue: not a LiveCue show package (not a zip file)');
    expect(notZip.reason).toBe('PACKAGE_NOT_ZIP');
    expect(notZip.detail).toEqual({ code: 'notZip', params: {} });
    expect((await refusal(b, Buffer.from(zipSync({ 'show.json': strToU8('{}') })).toString('base64'))).message).toMatch(
      /manifest\.json is missing/,
    );
    const other = Buffer.from(zipSync({ 'manifest.json': strToU8('{"format":"something-else","formatVersion":1}') })).toString('base64');
    expect(await refusal(b, other)).toMatchObject({
      reason: 'PACKAGE_NOT_LIVECUE',
      message: expect.stringMatching(/does not describe a LiveCue/),
    });
    expect((await refusal(b, 'not base64!')).message).toMatch(/base64/);
  });

  it('refuses entry names that would leave the package', async () => {
    const { entries } = await exportedEntries();
    const b = await backend();
    for (const bad of ['../evil.json', 'images/../../evil.png', '/etc/passwd', 'C:/Windows/evil.dll', 'images\\..\\evil.png', 'a/./b']) {
      const error = await refusal(b, repack({ ...entries, [bad]: strToU8('x') }));
      expect(error.message).toContain(`unsafe entry name ${JSON.stringify(bad)}`);
    }
  });

  it('refuses a cue that refers to a product the package does not hold, naming the cue', async () => {
    const { entries } = await exportedEntries();
    const products = readJson<{ products: { sku: string }[] }>(entries, 'products.json');
    products.products = products.products.filter((p) => p.sku !== 'SKU-1');
    const error = await refusal(
      await backend(),
      repack({ ...entries, 'products.json': strToU8(JSON.stringify(products)) }, { rehash: true }),
    );
    expect(error.message).toMatch(/show\.json: cue 2 "保温杯" refers to product [0-9a-f-]{36}, which is not in products\.json/);
    expect(error.detail).toEqual({
      code: 'cueProductMissing',
      params: { number: 2, title: '保温杯', id: expect.stringMatching(/^[0-9a-f-]{36}$/) },
    });
  });

  it('refuses entries not listed in the manifest and listed entries that are missing', async () => {
    const { entries } = await exportedEntries();
    const b = await backend();
    expect((await refusal(b, repack({ ...entries, 'extra.txt': strToU8('hi') }))).message).toMatch(
      /extra\.txt is not listed in manifest\.json/,
    );
    const { 'tasks.json': _gone, ...withoutTasks } = entries;
    expect((await refusal(b, repack(withoutTasks))).message).toMatch(/tasks\.json is listed in manifest\.json but missing/);
  });

  it('refuses a part that fails its schema, naming the entry and field', async () => {
    const { entries } = await exportedEntries();
    const coupons = readJson<{ coupons: Record<string, unknown>[] }>(entries, 'coupons.json');
    (coupons.coupons[0] as Record<string, unknown>).endsAt = 0;
    const error = await refusal(
      await backend(),
      repack({ ...entries, 'coupons.json': strToU8(JSON.stringify(coupons)) }, { rehash: true }),
    );
    expect(error.message).toMatch(/coupons\.json at "coupons\.0\.endsAt": endsAt must be after startsAt/);
    expect(error.detail).toEqual({
      code: 'schemaAt',
      params: { entry: 'coupons.json', at: 'coupons.0.endsAt', problem: 'endsAt must be after startsAt' },
    });
    expect(error.issues?.[0]?.path).toEqual(['coupons.json', 'coupons', 0, 'endsAt']);
  });

  it('zip bombs: checks declared sizes before inflating, per entry and in total', async () => {
    const { entries } = await exportedEntries();
    const b = await backend();
    const big = new Uint8Array(17 * 1024 * 1024).fill(0x20);
    big.set(strToU8('{"products":[]}'));
    const perEntry = await refusal(b, repack({ ...entries, 'products.json': big }, { rehash: true }));
    expect(perEntry.message).toMatch(/products\.json is 17\.0 MB uncompressed; the limit is 16\.0 MB/);

    // 31 image entries of 10 MB each: every one within its limit, together over 300 MB.
    const image = new Uint8Array(10 * 1024 * 1024);
    image.set(makePng(1, 2, 3));
    const many: Entries = { ...entries };
    for (let i = 0; i < 31; i++) many[`images/${i.toString(16).padStart(64, '0')}.png`] = image;
    const total = await refusal(b, repack(many, { rehash: true }));
    expect(total.message).toMatch(/would unpack to 3\d\d\.\d MB; the limit is 300\.0 MB/);
    expect(total.detail).toEqual({
      code: 'unpackedTooLarge',
      params: { size: expect.stringMatching(/^3\d\d\.\d MB$/), limit: '300.0 MB' },
    });
  }, 60_000);
});
