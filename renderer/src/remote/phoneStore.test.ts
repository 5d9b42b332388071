import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../../shared/api/errors';
import { type RuntimeCommand, reduce } from '../../../shared/domain/runtime';
import type { RuntimeState } from '../../../shared/domain/runtime/runtimeState';
import { toSessionUpdate } from '../../../shared/domain/session/sessionView';
import { defaultSettings } from '../../../shared/domain/settings';
import { T0 } from '../../../test/support/domain/showFixture';
import { fresh } from '../../../test/support/domain/testKit';
import { FakeTransport } from '../../../test/support/renderer/fakeTransport';
import { createApiClient } from '../api/client';
import { createLiveFeed } from '../secondScreen/liveFeedStore';
import { createPhoneStore } from './phoneStore';

const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** The PC: the real runtime behind session.command, so refusals are the ones a show gives. */
function backend() {
  let state: RuntimeState = fresh();
  let revision = 1;
  let now = T0 + 10_000;
  const commands: RuntimeCommand[] = [];
  const view = () => ({ sessionId: state.sessionId, revision, state });
  const apply = (command: RuntimeCommand) => {
    now += 5000;
    const result = reduce(state, command, now);
    if (result.rejected) return result.rejected;
    state = result.state;
    revision++;
    return null;
  };
  const transport = new FakeTransport()
    .handle('session.current', () => ok(view()))
    .handle('settings.get', () => ok(defaultSettings))
    .handle('app.ping', () => ok({ echo: '', serverTime: Date.now() }))
    .handle('session.command', (payload) => {
      const { command } = payload as { command: RuntimeCommand };
      commands.push(command);
      const rejected = apply(command);
      return rejected ? fail('CONFLICT', rejected.message, { reason: rejected.reason }) : ok(toSessionUpdate(view()));
    });
  /** Another controller (the PC) acting without the phone hearing about it yet. */
  const elsewhere = (command: RuntimeCommand) => expect(apply(command)).toBeNull();
  return { transport, commands, elsewhere, state: () => state };
}

async function phoneOn(b: ReturnType<typeof backend>) {
  const client = createApiClient(b.transport);
  const feed = createLiveFeed(client);
  const phone = createPhoneStore(client, feed);
  await flush();
  return { phone, feed };
}

describe('phone remote commands', () => {
  it('GO carries the standby the phone sees and says what went on air', async () => {
    const b = backend();
    const { phone } = await phoneOn(b);
    await phone.getState().go();
    expect(b.commands).toEqual([{ type: 'go', expectedStandbyId: 'p1' }]);
    expect(phone.getState().notice).toMatchObject({ kind: 'fired', title: expect.any(String) });
    expect(b.state().running.map((r) => r.cueId)).toEqual(['p1']);
  });

  it('a GO for a cue no longer on standby is refused and names the new standby', async () => {
    const b = backend();
    const { phone, feed } = await phoneOn(b);
    b.elsewhere({ type: 'setStandby', cueId: 'p2' }); // the PC moved standby; the phone has not heard yet
    expect(feed.store.getState().view?.state.standbyId).toBe('p1');
    await phone.getState().go();
    expect(b.state().running).toEqual([]);
    const p2 = b.state().cues.find((c) => c.id === 'p2')?.title;
    expect(phone.getState().notice).toMatchObject({ kind: 'stale', standby: p2 });
    expect(feed.store.getState().view?.state.standbyId).toBe('p2');
  });

  it('moves standby up and down through setStandby', async () => {
    const b = backend();
    const { phone } = await phoneOn(b);
    await phone.getState().moveStandby(1);
    await phone.getState().moveStandby(1);
    await phone.getState().moveStandby(-1);
    expect(b.commands).toEqual([
      { type: 'setStandby', cueId: 'c1' },
      { type: 'setStandby', cueId: 'p2' },
      { type: 'setStandby', cueId: 'c1' },
    ]);
    expect(b.state().standbyId).toBe('c1');
  });

  it('counts 成交 to the product on air and takes the last entry back with negatives', async () => {
    const b = backend();
    const { phone } = await phoneOn(b);
    await phone.getState().go(); // p1 explains prod-1
    await phone.getState().sale(2, 39_800);
    expect(b.commands.at(-1)).toEqual({ type: 'sale', orders: 2, gmvFen: 39_800, productId: 'prod-1' });
    expect(b.state().counters).toMatchObject({ orders: 2, gmvFen: 39_800 });
    expect(phone.getState().sales).toHaveLength(1);
    await phone.getState().undoSale();
    expect(b.commands.at(-1)).toEqual({ type: 'sale', orders: -2, gmvFen: -39_800, productId: 'prod-1' });
    expect(b.state().counters).toMatchObject({ orders: 0, gmvFen: 0 });
    expect(phone.getState().notice).toMatchObject({ kind: 'undone' });
    expect(phone.getState().sales).toEqual([]);
  });

  it('bumps the one-hand counters and fires PANIC', async () => {
    const b = backend();
    const { phone } = await phoneOn(b);
    await phone.getState().bump('likes');
    await phone.getState().bump('newFollowers');
    expect(b.state().counters).toMatchObject({ likes: 1, newFollowers: 1 });
    await phone.getState().panic();
    expect(b.state().panicAt).not.toBeNull();
    expect(phone.getState().notice).toMatchObject({ kind: 'panic' });
  });

  it('says the device was stopped when the PC refuses its token, and offline when not connected', async () => {
    const b = backend();
    const { phone } = await phoneOn(b);
    b.transport.handle('session.command', () => fail('FORBIDDEN', 'token revoked'));
    await phone.getState().go();
    expect(phone.getState().notice).toMatchObject({ kind: 'revoked' });
    b.transport.setStatus({ state: 'reconnecting' });
    await phone.getState().bump('likes');
    expect(phone.getState().notice).toMatchObject({ kind: 'offline' });
  });
});
