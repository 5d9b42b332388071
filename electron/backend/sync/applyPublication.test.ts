import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createHubClient } from '../../../shared/api/hub/hubClient';
import { backendTestContext } from '../../../test/support/backend/catalogTestContext';
import { largeShowPackage } from '../../../test/support/backend/largeShowPackage';
import { readJson, repack, unpack } from '../../../test/support/backend/testPackages';
import { createCoreServices } from '../coreServices';
import { showPackageServices } from '../showPackage/services';
import { applyPublication } from './applyPublication';
import { createInboxDao } from './inbox.dao';

/** The JSON parts of a package, as a show publication carries them. */
function jsonEntries(zip: Uint8Array): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(unzipSync(zip))) if (name.endsWith('.json')) entries[name] = strFromU8(bytes);
  return entries;
}

/** A store with a show package (400 products, 40 cues, no images) to receive as publications of one show. */
async function storeWithPublications() {
  const ctx = backendTestContext();
  const services = showPackageServices(ctx, createCoreServices(ctx));
  const inbox = createInboxDao(ctx.db);
  const file = await largeShowPackage({ cues: 40, products: 400, coupons: 4, tasks: 2, images: 0 });
  return {
    ctx,
    inbox,
    file,
    /** Receives version `version` of the show (as publication `id`) and gives it as waiting in the inbox. */
    receive(id: number, version: number, entries = jsonEntries(file.bytes)) {
      const content = { entries, images: [] };
      inbox.receive(
        { id, kind: 'show', key: 'show-7', version, title: '周末大促', publishedAt: 1, publishedBy: '总部', content },
        ctx.clock.now(),
      );
      const pub = inbox.waiting().find((p) => p.publicationId === id);
      if (!pub) throw new Error('not received');
      return pub;
    },
    /** What applyPublication needs, a turn after every step, `onTurn` called at each. */
    deps(onTurn?: (attempt: number) => void) {
      return {
        ctx,
        services,
        inbox,
        gate: ctx.writeGate,
        // Never called: the package carries no image to fetch.
        client: createHubClient({ baseUrl: 'http://127.0.0.1:9', fetch: () => Promise.reject(new Error('no hub here')) }),
        credential: 'device',
        packageOptions: { sliceMs: 0, ...(onTurn ? { onTurn } : {}) },
      };
    },
  };
}

describe('applying a show published by head office', () => {
  it('runs in slices on the import connection: a command arriving mid-apply runs before it commits, with its inbox rows', async () => {
    const { ctx, inbox, receive, deps } = await storeWithPublications();
    const order: string[] = [];
    let command: Promise<void> | null = null;
    const status = await applyPublication(
      deps((attempt) => {
        if (attempt === 1 && !command) {
          command = ctx.writeGate.run(() => {
            ctx.events.append({ type: 'cue.fired', payload: { while: 'applying' } });
            order.push(`command ran with ${ctx.count('shows')} shows`);
          });
        }
      }),
      receive(7, 1),
    );
    order.push(status);
    await command;
    expect(order).toEqual(['command ran with 0 shows', 'applied']);
    expect(inbox.origin('show', 'show-7')).toMatchObject({ publicationId: 7, version: 1 });
    expect(inbox.waiting()).toEqual([]);
    expect(ctx.count('cues')).toBe(40);
    expect(ctx.count('products')).toBe(400);
    expect(ctx.eventTypes().filter((t) => t === 'cue.fired')).toHaveLength(1);
    ctx.db.close();
  }, 30_000);

  it('waits when its show goes live while its products are being written, and leaves all of it as it was: show and products', async () => {
    const { ctx, inbox, file, receive, deps } = await storeWithPublications();
    expect(await applyPublication(deps(), receive(7, 1))).toBe('applied');
    const showId = inbox.origin('show', 'show-7')?.localId;
    // Version 2 changes every price, so its products part writes rows.
    const zipped = unpack(Buffer.from(file.bytes).toString('base64'));
    const part = readJson<{ products: { livePriceFen?: number | null }[] }>(zipped, 'products.json');
    for (const p of part.products) p.livePriceFen = 1;
    zipped['products.json'] = strToU8(JSON.stringify(part));
    const v2 = receive(8, 2, jsonEntries(Buffer.from(repack(zipped, { rehash: true }), 'base64')));

    let goLive: Promise<void> | null = null;
    const status = await applyPublication(
      deps((attempt) => {
        // The first turn follows the first 250 products: a session goes live on the show right then.
        if (attempt === 1 && !goLive)
          goLive = ctx.writeGate.run(() => {
            ctx.db
              .prepare(
                "INSERT INTO sessions (id, show_id, show_name, status, state, revision, started_at) VALUES ('s1', ?, '周末大促', 'live', '{}', 1, 0)",
              )
              .run(showId);
          });
      }),
      v2,
    );
    await goLive;
    expect(status).toBe('deferred');
    expect(inbox.waiting().map((p) => [p.publicationId, p.status])).toEqual([[8, 'deferred']]);
    expect(ctx.count('shows')).toBe(1);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM cues WHERE show_id = ?').get(showId)).toEqual({ n: 40 });
    // No price of version 2 reached the live show, although the first 250 were written when the session went live.
    expect(ctx.db.prepare('SELECT count(*) AS n FROM products WHERE live_price_fen = 1').get()).toEqual({ n: 0 });
    expect(ctx.eventTypes()).not.toContain('showPackage.productsApplied');
    ctx.db.close();
  }, 30_000);
});
