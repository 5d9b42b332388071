import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { backendTestContext } from '../../../test/support/backend/catalogTestContext';
import { largeShowPackage } from '../../../test/support/backend/largeShowPackage';
import { readJson, repack, unpack } from '../../../test/support/backend/testPackages';
import { createCoreServices } from '../coreServices';
import { WriteGate } from '../store/writeGate';
import { LINK_WORK, REST_GRACE_MS, REST_PACE_GUESS_MS, restGraceMs } from './packageApply';
import { commitShowPackage, stagePackageImages } from './packageCommit';
import { readShowPackage } from './packageReader';
import { showPackageServices } from './services';

const SIZE = { cues: 21, products: 650, coupons: 6, tasks: 3, images: 3, imageSide: 8 };
const TABLES = ['products', 'product_images', 'coupons', 'coupon_products', 'loyalty_tasks', 'shows', 'cues', 'images', 'events'];

const contexts: ReturnType<typeof backendTestContext>[] = [];
afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.db.close();
});

/**
 * `gateNow`: the write gate's clock (the grace of the show's part is timed by it); `monotonic`: the backend's, by which
 * the apply judges what is left of that part.
 */
function store(clocks: { gateNow?: () => number; monotonic?: () => number } = {}) {
  const ctx = backendTestContext();
  if (clocks.gateNow) ctx.writeGate = new WriteGate({ now: clocks.gateNow });
  if (clocks.monotonic) ctx.clock = { now: ctx.clock.now, monotonic: clocks.monotonic };
  const core = createCoreServices(ctx);
  const made = { ctx, core, services: showPackageServices(ctx, core) };
  contexts.push(ctx);
  return made;
}
const counts = (ctx: ReturnType<typeof backendTestContext>) => Object.fromEntries(TABLES.map((t) => [t, ctx.count(t)]));
const packageFile = largeShowPackage(SIZE);

describe('show package commit: staged, set-based, in slices', () => {
  it('all or nothing when asked (keepProducts: false): a command among the products sees none of the import, which then commits whole', async () => {
    const { ctx, core, services } = store();
    const file = await packageFile;
    const pkg = await readShowPackage(file.fileName, file.bytes);
    const order: string[] = [];
    const seen: number[] = [];
    let turns = 0;
    let command: Promise<unknown> | null = null;
    const result = await commitShowPackage(ctx, services, pkg, {
      sliceMs: 0, // a turn after every step: turns 1-3 follow the images, turn 4 the first 250 products
      keepProducts: false,
      onTurn: (attempt) => {
        seen.push(ctx.count('products'));
        if (attempt === 1 && ++turns === 4 && !command) {
          // As the dispatcher runs a command: through the write gate, on the main connection.
          command = ctx.writeGate.run(() => {
            core.settings.update({ language: 'en' });
            order.push(`settings.update answered with ${ctx.count('products')} products and ${ctx.count('shows')} shows visible`);
          });
        }
      },
    });
    order.push('package committed');
    await command;

    expect(order).toEqual(['settings.update answered with 0 products and 0 shows visible', 'package committed']);
    expect(new Set(seen)).toEqual(new Set([0])); // no reader saw half an import
    expect(result).toMatchObject({
      cues: 21,
      products: { created: 650, updated: 0, unchanged: 0 },
      coupons: { created: 6 },
      tasks: { created: 3 },
    });
    // Preempted once, started over, and written once.
    expect(counts(ctx)).toMatchObject({ products: 650, coupons: 6, loyalty_tasks: 3, shows: 1, cues: 21, images: 3 });
    const types = ctx.eventTypes();
    expect(types.filter((t) => t === 'showPackage.imported')).toHaveLength(1);
    expect(types.filter((t) => t === 'cue.created')).toHaveLength(21);
    expect(types.filter((t) => t === 'settings.changed')).toHaveLength(1);
    expect(types).not.toContain('showPackage.productsApplied');
    expect(ctx.writeGate.longWriteActive).toBe(false);
  });

  it('leaves nothing written when the apply fails after many slices, and the same package commits later', async () => {
    const { ctx, services } = store();
    const file = await packageFile;
    const pkg = await readShowPackage(file.fileName, file.bytes);
    ctx.db.exec("CREATE TRIGGER fail_cue BEFORE INSERT ON cues BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END");
    const before = counts(ctx);
    let turns = 0;
    await expect(commitShowPackage(ctx, services, pkg, { sliceMs: 0, onTurn: () => void turns++ })).rejects.toThrow(
      /simulated disk failure/,
    );
    expect(turns).toBeGreaterThan(10); // products, coupons and tasks were written in slices before the first cue
    expect(counts(ctx)).toEqual(before);
    expect(ctx.writeGate.longWriteActive).toBe(false);

    ctx.db.exec('DROP TRIGGER fail_cue');
    expect((await commitShowPackage(ctx, services, pkg)).products.created).toBe(650);
    expect(counts(ctx)).toMatchObject({ products: 650, cues: 21, shows: 1 });
  });

  it('keeps the products written when a command arrives among them, and carries on from there after the command', async () => {
    const { ctx, core, services } = store();
    const file = await packageFile;
    const pkg = await readShowPackage(file.fileName, file.bytes);
    const seenByCommand: Record<string, number>[] = [];
    const turns = [0, 0, 0, 0];
    const commands: Promise<unknown>[] = [];
    const command = () =>
      commands.push(
        ctx.writeGate.run(
          () => {
            core.settings.update({ language: commands.length % 2 ? 'en' : 'zh-CN' });
            seenByCommand.push({ products: ctx.count('products'), images: ctx.count('images'), shows: ctx.count('shows') });
          },
          // The second arrives among the coupons: a live command, which never waits for that part to finish.
          { priority: commands.length === 1 },
        ),
      );
    const result = await commitShowPackage(ctx, services, pkg, {
      sliceMs: 0, // a turn after every step: turns 1-3 follow the images, turn 4 the first 250 products
      onTurn: (attempt) => {
        const turn = (turns[attempt - 1] ?? 0) + 1;
        turns[attempt - 1] = turn;
        if (attempt === 1 && turn === 4) command();
        // Attempt 2 carries on with products 251-650 (turns 1-2), then the rest (from turn 4): a command among the
        // coupons rolls that part back to its savepoint and keeps products 251-650; attempt 3 writes only the rest.
        if (attempt === 2 && turn === 8) command();
      },
    });
    await Promise.all(commands);

    expect(seenByCommand).toEqual([
      { products: 250, images: 3, shows: 0 },
      { products: 650, images: 3, shows: 0 },
    ]);
    expect(turns[2]).toBeGreaterThan(0);
    // Counted once each: the 250 kept products are neither written again nor taken for unchanged.
    expect(result).toMatchObject({ cues: 21, products: { created: 650, updated: 0, unchanged: 0 }, images: { stored: 3, present: 0 } });
    expect(counts(ctx)).toMatchObject({ products: 650, images: 3, shows: 1, cues: 21, coupons: 6 });
    const events = ctx.events.listAfter(0, 100_000);
    const kept = events.filter((e) => e.type === 'showPackage.productsApplied');
    const skus = (from: number, to: number) => pkg.products.slice(from, to).map((p) => p.sku);
    expect(kept.map((e) => e.payload)).toEqual([
      { fileName: pkg.fileName, packageSha256: pkg.sha256, skus: { created: skus(0, 250), updated: [] } },
      { fileName: pkg.fileName, packageSha256: pkg.sha256, skus: { created: skus(250, 650), updated: [] } },
    ]);
    expect(events.filter((e) => e.type === 'image.stored')).toHaveLength(3);
    expect(events.find((e) => e.type === 'showPackage.imported')?.payload).toMatchObject({
      skus: { created: pkg.products.map((p) => p.sku), updated: [] },
    });
    expect(ctx.writeGate.longWriteActive).toBe(false);
  });

  /**
   * Commits the test package (a turn after every step: turns 1-3 follow the images, 4-6 the products, 7 the check, 8
   * the savepoint, 9 the first coupon, then one an item) with an everyday command sent at turn `commandAt` (9 unless
   * given); `atTurn` runs at every turn. Returns what the command saw (and at which turn it ran) and which attempts
   * there were.
   */
  async function commandAmongCoupons(
    made: ReturnType<typeof store>,
    options: { keepProducts?: boolean; atTurn?: (turn: number) => void; commandAt?: number } = {},
  ) {
    const { ctx, core, services } = made;
    const file = await packageFile;
    const pkg = await readShowPackage(file.fileName, file.bytes);
    const seen: Record<string, number>[] = [];
    const attempts = new Set<number>();
    let turns = 0;
    let command: Promise<unknown> | null = null;
    await commitShowPackage(ctx, services, pkg, {
      sliceMs: 0,
      ...(options.keepProducts === undefined ? {} : { keepProducts: options.keepProducts }),
      onTurn: (attempt) => {
        attempts.add(attempt);
        if (++turns === (options.commandAt ?? 9)) {
          command = ctx.writeGate.run(() => {
            core.settings.update({ language: 'en' });
            seen.push({ turn: turns, products: ctx.count('products'), coupons: ctx.count('coupons'), shows: ctx.count('shows') });
          });
        }
        options.atTurn?.(turns);
      },
    });
    await command;
    return { seen, attempts: [...attempts] };
  }

  /** The turn after the part's last item: the command, had it waited for the part, runs there. */
  const LAST_TURN = 8 + SIZE.coupons + SIZE.tasks + SIZE.cues;
  /** Clocks under which the part seems to take no time at all: what is left of it always fits in the grace. */
  const timeless = { gateNow: () => 0, monotonic: () => 0 };

  it('lets an everyday command that arrives while the show is written wait for it, rather than write it again', async () => {
    const made = store(timeless);
    const { seen, attempts } = await commandAmongCoupons(made);

    expect(seen).toEqual([{ turn: LAST_TURN, products: 650, coupons: 6, shows: 1 }]);
    expect(attempts).toEqual([1]);
    expect(counts(made.ctx)).toMatchObject({ products: 650, coupons: 6, loyalty_tasks: 3, shows: 1, cues: 21 });
    expect(made.ctx.eventTypes()).not.toContain('showPackage.productsApplied');
  });

  it("lets a command arriving as the show's part begins wait for it too, judged at the guessed pace before any is written", async () => {
    for (const commandAt of [7, 8]) {
      // Turn 7 follows the products' local ids, turn 8 the part's savepoint: none of the part is written yet.
      const made = store(timeless);
      const { seen, attempts } = await commandAmongCoupons(made, { commandAt });

      expect(seen).toEqual([{ turn: LAST_TURN, products: 650, coupons: 6, shows: 1 }]);
      expect(attempts).toEqual([1]);
      expect(made.ctx.eventTypes()).not.toContain('showPackage.productsApplied');
    }
  });

  it('lets a command that waited on the guessed pace step aside once the first item shows the part is slower', async () => {
    // Waiting from turn 7 on the guess; at 5 ms a unit the first coupon shows far more is left than the grace allows.
    const { clock } = await partClock(5);
    const made = store({ gateNow: () => 0, monotonic: () => clock.ms });
    const { seen, attempts } = await commandAmongCoupons(made, { commandAt: 7, atTurn: clock.at });

    expect(seen).toEqual([{ turn: 9, products: 650, coupons: 0, shows: 0 }]);
    expect(attempts).toEqual([1, 2]);
    expect(made.ctx.eventTypes().filter((t) => t === 'showPackage.productsApplied')).toHaveLength(1);
    expect(counts(made.ctx)).toMatchObject({ products: 650, coupons: 6, shows: 1, cues: 21 });
  });

  it('takes the guessed pace until an item of the part is written, then the pace it goes at', () => {
    expect(restGraceMs(100, 0, 0)).toBeCloseTo(REST_GRACE_MS - 100 * REST_PACE_GUESS_MS);
    // Too much for the grace at the guessed pace: a command steps aside at once.
    expect(restGraceMs(Math.ceil(REST_GRACE_MS / REST_PACE_GUESS_MS) + 1, 0, 0)).toBeLessThan(0);
    // 10 of 100 units in 20 ms: 2 ms a unit, the 90 left take 180 ms, whatever the guess.
    expect(restGraceMs(100, 10, 20)).toBeCloseTo(REST_GRACE_MS - 180);
    expect(restGraceMs(100, 100, 20)).toBe(REST_GRACE_MS);
  });

  it('lets it wait for a show from head office too (keeping nothing ahead), where stepping aside would start it all over', async () => {
    const made = store(timeless);
    const { seen, attempts } = await commandAmongCoupons(made, { keepProducts: false });

    expect(seen).toEqual([{ turn: LAST_TURN, products: 650, coupons: 6, shows: 1 }]);
    expect(attempts).toEqual([1]);
    expect(counts(made.ctx)).toMatchObject({ products: 650, coupons: 6, shows: 1, cues: 21 });
  });

  it("rolls the show's part back for an everyday command that has waited out the grace, and writes it after the command", async () => {
    let now = 0;
    const made = store({ ...timeless, gateNow: () => now });
    const { seen, attempts } = await commandAmongCoupons(made, {
      atTurn: (turn) => {
        if (turn === 10) now += REST_GRACE_MS - 1;
        if (turn === 11) now += 1;
      },
    });

    expect(seen).toEqual([{ turn: 11, products: 650, coupons: 0, shows: 0 }]);
    expect(attempts).toEqual([1, 2]);
    expect(counts(made.ctx)).toMatchObject({ products: 650, coupons: 6, loyalty_tasks: 3, shows: 1, cues: 21 });
    expect(made.ctx.eventTypes().filter((t) => t === 'showPackage.productsApplied')).toHaveLength(1);
  });

  /**
   * A backend clock under which the show's part goes at `msPerWork` a unit of its work as the apply counts it (an item,
   * each product a coupon links counting LINK_WORK more): it reads what the part has done by each turn of
   * commandAmongCoupons (turn 9 follows the first coupon, then one an item: coupons, tasks, cues).
   */
  async function partClock(msPerWork: number) {
    const file = await packageFile;
    const { coupons } = await readShowPackage(file.fileName, file.bytes);
    const firstCouponsWork = (n: number) => coupons.slice(0, n).reduce((sum, c) => sum + 1 + c.productIds.length * LINK_WORK, 0);
    const workBy = (turn: number) => (turn < 9 ? 0 : firstCouponsWork(turn - 8) + Math.max(0, turn - 8 - coupons.length));
    const clock = { ms: 0, at: (turn: number) => (clock.ms = workBy(turn) * msPerWork) };
    const leftAt = (turn: number) => (workBy(8 + coupons.length + SIZE.tasks + SIZE.cues) - workBy(turn)) * msPerWork;
    return { clock, leftAt };
  }

  it("judges what is left of the show's part by its coupons' links as well as its items", async () => {
    // Half a millisecond a unit of work: the first coupon, which links 109 products, takes about 4 ms, and what is left
    // about 31 ms, within the grace. Judged by items alone (3.9 ms each for the 29 left) it would seem to need 113 ms.
    const { clock, leftAt } = await partClock(0.5);
    expect(leftAt(9)).toBeLessThan(REST_GRACE_MS);
    const made = store({ gateNow: () => 0, monotonic: () => clock.ms });
    const { seen, attempts } = await commandAmongCoupons(made, { atTurn: clock.at });

    expect(seen).toEqual([{ turn: LAST_TURN, products: 650, coupons: 6, shows: 1 }]);
    expect(attempts).toEqual([1]);
  });

  it('counts what the command has waited already against the grace, with what is left of the part', async () => {
    let now = 0;
    // At turn 10, after two coupons, `leftAt(10)` of the part is left: a command that has waited the rest of the grace
    // by then (a hair more, whatever the rounding) would wait 50 ms in all.
    const { clock, leftAt } = await partClock(0.5);
    const made = store({ gateNow: () => now, monotonic: () => clock.ms });
    const { seen, attempts } = await commandAmongCoupons(made, {
      atTurn: (turn) => {
        clock.at(turn);
        if (turn === 10) now += REST_GRACE_MS - leftAt(10) + 1e-6;
      },
    });

    expect(seen).toEqual([{ turn: 10, products: 650, coupons: 0, shows: 0 }]);
    expect(attempts).toEqual([1, 2]);
  });

  it("rolls the show's part back at once for an everyday command when what is left of it would take longer than the grace", async () => {
    let monotonic = 0;
    // The backend's clock moves 5 ms at each read: the part seems to take several ms an item, far longer than the
    // grace for the 29 items left after the first coupon. The gate's clock stands still: a grace would never run out.
    const made = store({ gateNow: () => 0, monotonic: () => (monotonic += 5) });
    const { seen, attempts } = await commandAmongCoupons(made);

    expect(seen).toEqual([{ turn: 9, products: 650, coupons: 0, shows: 0 }]);
    expect(attempts).toEqual([1, 2]);
    expect(counts(made.ctx)).toMatchObject({ products: 650, coupons: 6, loyalty_tasks: 3, shows: 1, cues: 21 });
  });

  it('says it stopped partway when it fails after products were kept, keeps them, and the same file finishes it', async () => {
    const { ctx, core, services } = store();
    const file = await packageFile;
    const pkg = await readShowPackage(file.fileName, file.bytes);
    ctx.db.exec("CREATE TRIGGER fail_cue BEFORE INSERT ON cues BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END");
    let command: Promise<unknown> | null = null;
    let turns = 0;
    const commandAtTurn4 = (attempt: number) => {
      if (attempt === 1 && ++turns === 4 && !command) command = ctx.writeGate.run(() => core.settings.update({ language: 'en' }));
    };
    const failure = commitShowPackage(ctx, services, pkg, { sliceMs: 0, onTurn: commandAtTurn4 });
    await expect(failure).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'PACKAGE_APPLY_UNFINISHED',
      message: expect.stringMatching(/stopped after 250 of 650 products were imported; the show was not created.*simulated disk failure/),
    });
    await command;
    expect(counts(ctx)).toMatchObject({ products: 250, images: 3, shows: 0, cues: 0, coupons: 0, loyalty_tasks: 0 });
    expect(ctx.eventTypes().filter((t) => t === 'showPackage.productsApplied')).toHaveLength(1);
    expect(ctx.writeGate.longWriteActive).toBe(false);

    ctx.db.exec('DROP TRIGGER fail_cue');
    const again = await commitShowPackage(ctx, services, await readShowPackage(file.fileName, file.bytes));
    expect(again.products).toEqual({ created: 400, updated: 0, unchanged: 250 });
    expect(counts(ctx)).toMatchObject({ products: 650, shows: 1, cues: 21, coupons: 6 });
  });

  it('writes no row when an image file cannot be written', async () => {
    const { ctx, services } = store();
    const file = await packageFile;
    const pkg = await readShowPackage(file.fileName, file.bytes);
    // A file where the images folder belongs: every image write fails (as a full or read-only disk would).
    writeFileSync(path.join(ctx.dataDir, 'images'), 'not a folder');
    await expect(commitShowPackage(ctx, services, pkg)).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(counts(ctx)).toMatchObject({ products: 0, product_images: 0, images: 0, shows: 0, coupons: 0 });
    expect(ctx.eventTypes().filter((t) => t.startsWith('showPackage'))).toEqual([]);
    expect(ctx.writeGate.longWriteActive).toBe(false);
  });

  it('starts no other image write once one has failed', async () => {
    const { services } = store();
    const file = await packageFile;
    const pkg = await readShowPackage(file.fileName, file.bytes);
    const started: string[] = [];
    const failing = {
      ...services,
      images: {
        ...services.images,
        stageFile: async (_bytes: Uint8Array, hash?: string) => {
          started.push(hash ?? '');
          throw new Error('disk full');
        },
      },
    };
    const first = [...pkg.images.values()][0];
    await expect(stagePackageImages(failing, pkg, 1)).rejects.toThrow('disk full');
    expect(started).toEqual([first?.hash]);
  });

  it('hands large images to the file writer fewer at a time (each is copied for it on this thread)', async () => {
    const { services } = store();
    const file = await packageFile;
    const pkg = await readShowPackage(file.fileName, file.bytes);
    const concurrency = async (side: number) => {
      const images = new Map(
        Array.from({ length: 6 }, (_, i) => [
          `h${i}`,
          { entry: `images/${i}.png`, hash: `h${i}`, mime: 'image/png' as const, bytes: new Uint8Array(side) },
        ]),
      );
      let now = 0;
      let most = 0;
      const counting = {
        ...services,
        images: {
          ...services.images,
          stageFile: async (_bytes: Uint8Array, hash = '') => {
            most = Math.max(most, ++now);
            await new Promise((resolve) => setTimeout(resolve, 5));
            now--;
            return { hash, mime: 'image/png' as const, record: () => ({ created: true }) };
          },
        },
      };
      expect(await stagePackageImages(counting, { ...pkg, images })).toHaveLength(6);
      return most;
    };
    expect(await concurrency(1000)).toBe(6);
    expect(await concurrency(6 * 1024 * 1024)).toBe(2);
  });

  it('names a kept product that a command deleted before the show was written, rather than failing on it as a bug', async () => {
    const { ctx, core, services } = store();
    const file = await packageFile;
    const pkg = await readShowPackage(file.fileName, file.bytes);
    const victim = pkg.products[5]?.sku as string;
    let command: Promise<unknown> | null = null;
    let turns = 0;
    const failure = commitShowPackage(ctx, services, pkg, {
      sliceMs: 0,
      onTurn: (attempt) => {
        if (attempt === 1 && ++turns === 4 && !command)
          command = ctx.writeGate.run(() => core.products.remove(core.products.getBySkus([victim]).get(victim)?.id as string));
      },
    });
    await expect(failure).rejects.toMatchObject({
      reason: 'PACKAGE_APPLY_UNFINISHED',
      message: expect.stringContaining(`product "${victim}" was deleted or changed while the package was being imported`),
      // For the panel to word in its language, under its own "stopped partway".
      detail: { code: 'productGone', params: { sku: victim, written: 250, total: 650 } },
    });
    await command;
    // The first 250 were kept (one deleted since); the rest went with the failed transaction.
    expect(counts(ctx)).toMatchObject({ products: 249, shows: 0 });
    const again = await commitShowPackage(ctx, services, await readShowPackage(file.fileName, file.bytes));
    expect(again.products).toEqual({ created: 401, updated: 0, unchanged: 249 });
  });

  it('updates by SKU as the catalog rules say: a price the package clears is cleared, a new image list alone is an update, a product gone is created again with its images, one without an image list keeps its own (a new one has none)', async () => {
    const { ctx, services, core } = store();
    const file = await packageFile;
    await commitShowPackage(ctx, services, await readShowPackage(file.fileName, file.bytes));

    const entries = unpack(Buffer.from(file.bytes).toString('base64'));
    const part = readJson<{ products: Record<string, unknown>[] }>(entries, 'products.json');
    type Item = Record<string, unknown> & { sku: string; images: string[] };
    const items = part.products as Item[];
    const picked = new Set<Item>();
    const pick = (ok: (p: Item) => boolean): Item => {
      const found = items.find((p) => ok(p) && !picked.has(p));
      if (!found) throw new Error('the package has no such product');
      picked.add(found);
      return found;
    };
    const first = pick(() => true);
    const second = pick((p) => p.images.length >= 2);
    const third = pick((p) => p.images.length >= 1);
    const other = pick(() => true);
    // Deleted here, so the slice holding it mixes a created product with existing ones.
    const gone = pick((p) => p.images.length >= 2);
    // Carries no image list: an existing product keeps its images, a new one has none.
    const listless = pick((p) => p.images.length >= 1);
    // From the end of the list: the show's cues use products from its start, and those cannot be deleted.
    const goneListless = pick((p) => p.images.length >= 1 && items.indexOf(p) > items.length / 2);
    for (const { sku } of [gone, goneListless]) core.products.remove(core.products.getBySkus([sku]).get(sku)?.id as string);
    const listlessImages = listless.images;
    for (const p of [listless, goneListless]) delete (p as Partial<Item>).images;
    first.listPriceFen = null;
    first.stock = null;
    second.images = [...second.images].reverse();
    delete third.livePriceFen; // not carried: the catalog keeps its value
    third.images = [];
    entries['products.json'] = strToU8(JSON.stringify(part));
    const changed = Buffer.from(repack(entries, { rehash: true }), 'base64');
    const updatedAt = (sku: string) => (ctx.db.prepare('SELECT updated_at AS t FROM products WHERE sku = ?').get(sku) as { t: number }).t;
    const untouched = updatedAt(other.sku);

    const result = await commitShowPackage(ctx, services, await readShowPackage('changed.livecue', changed), { sliceMs: 0 });
    expect(result.products).toEqual({ created: 2, updated: 3, unchanged: 645 });
    const bySku = core.products.getBySkus([first.sku, second.sku, third.sku, gone.sku, listless.sku, goneListless.sku]);
    expect(bySku.get(gone.sku)?.images).toEqual(gone.images);
    expect(bySku.get(listless.sku)?.images).toEqual(listlessImages);
    expect(bySku.get(goneListless.sku)?.images).toEqual([]);
    expect(bySku.get(first.sku)).toMatchObject({ listPriceFen: null, stock: null, livePriceFen: first.livePriceFen });
    expect(bySku.get(second.sku)?.images).toEqual(second.images);
    expect(bySku.get(third.sku)).toMatchObject({ images: [], livePriceFen: expect.any(Number) });
    expect(updatedAt(other.sku)).toBe(untouched);
    const imported = ctx.events.listAfter(0, 100_000).filter((e) => e.type === 'showPackage.imported');
    expect(imported.at(-1)?.payload).toMatchObject({
      skus: {
        created: expect.arrayContaining([gone.sku, goneListless.sku]),
        updated: expect.arrayContaining([first.sku, second.sku, third.sku]),
      },
    });
  });

  it('refuses two cues with one hotkey before anything is written, naming both cues for the panel to word', async () => {
    const { ctx, services } = store();
    const file = await packageFile;
    const entries = unpack(Buffer.from(file.bytes).toString('base64'));
    const show = readJson<{ cues: { title: string; config: Record<string, unknown> }[] }>(entries, 'show.json');
    for (const i of [2, 5]) (show.cues[i] as { config: Record<string, unknown> }).config.hotkey = 'F7';
    const bytes = repack({ ...entries, 'show.json': strToU8(JSON.stringify(show)) }, { rehash: true });
    const pkg = await readShowPackage(file.fileName, Buffer.from(bytes, 'base64'));
    const before = counts(ctx);

    await expect(commitShowPackage(ctx, services, pkg)).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'PACKAGE_INVALID',
      message: expect.stringContaining(`show.json cue 6 "${show.cues[5]?.title}": F7 is already the hotkey of cue 3`),
      detail: {
        code: 'hotkeyTaken',
        params: { number: 6, title: show.cues[5]?.title, hotkey: 'F7', other: 3, otherTitle: show.cues[2]?.title },
      },
    });
    expect(counts(ctx)).toEqual(before);
  });

  it('refuses a product the catalog rules reject, naming it across validation slices, before anything is written', async () => {
    const { ctx, services } = store();
    const file = await packageFile;
    const entries = unpack(Buffer.from(file.bytes).toString('base64'));
    const part = readJson<{ products: Record<string, unknown>[] }>(entries, 'products.json');
    (part.products[255] as Record<string, unknown>).stock = -1;
    entries['products.json'] = strToU8(JSON.stringify(part));
    const bad = Buffer.from(repack(entries, { rehash: true }), 'base64');
    await expect(readShowPackage('bad.livecue', bad)).rejects.toMatchObject({
      message: expect.stringContaining('products.json at "products.255.stock"'),
    });
    expect(ctx.count('products')).toBe(0);
    expect(services).toBeDefined();
  });
});
