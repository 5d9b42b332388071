import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createHubClient } from '../../../shared/api/hub/hubClient';
import { backendTestContext } from '../../../test/support/backend/catalogTestContext';
import { largeShowPackage } from '../../../test/support/backend/largeShowPackage';
import { createCoreServices } from '../coreServices';
import { showPackageServices } from '../showPackage/services';
import { applyPublication } from './applyPublication';
import { createInboxDao } from './inbox.dao';

describe('applying a show published by head office', () => {
  it('runs in slices on the import connection: a command arriving mid-apply runs before it commits, with its inbox rows', async () => {
    const ctx = backendTestContext();
    const services = showPackageServices(ctx, createCoreServices(ctx));
    const inbox = createInboxDao(ctx.db);
    const file = await largeShowPackage({ cues: 40, products: 400, coupons: 4, tasks: 2, images: 0 });
    const entries: Record<string, string> = {};
    for (const [name, bytes] of Object.entries(unzipSync(file.bytes))) if (name.endsWith('.json')) entries[name] = strFromU8(bytes);
    inbox.receive(
      {
        id: 7,
        kind: 'show',
        key: 'show-7',
        version: 1,
        title: '周末大促',
        publishedAt: 1,
        publishedBy: '总部',
        content: { entries, images: [] },
      },
      ctx.clock.now(),
    );
    const [pub] = inbox.waiting();
    if (!pub) throw new Error('not received');

    const order: string[] = [];
    let command: Promise<void> | null = null;
    const status = await applyPublication(
      {
        ctx,
        services,
        inbox,
        gate: ctx.writeGate,
        // Never called: the package carries no image to fetch.
        client: createHubClient({ baseUrl: 'http://127.0.0.1:9', fetch: () => Promise.reject(new Error('no hub here')) }),
        credential: 'device',
        packageOptions: {
          sliceMs: 0,
          onTurn: (attempt) => {
            if (attempt === 1 && !command) {
              command = ctx.writeGate.run(() => {
                ctx.events.append({ type: 'cue.fired', payload: { while: 'applying' } });
                order.push(`command ran with ${ctx.count('shows')} shows`);
              });
            }
          },
        },
      },
      pub,
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
});
