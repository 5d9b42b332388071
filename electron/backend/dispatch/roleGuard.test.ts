import { describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/api/errors';
import { guardForRole } from './roleGuard';

function api() {
  return {
    dispatch: vi.fn(async (method: string) =>
      method === 'session.command' ? fail('CONFLICT', 'standby is c2, not c1', { reason: 'stale_standby' }) : ok(null),
    ),
    subscribe: vi.fn(() => ok(() => {})),
  };
}

const command = (type: string, extra: Record<string, unknown> = {}) => ({ sessionId: 's', command: { type, ...extra } });

describe('guardForRole', () => {
  it('lets a control remote send live commands and returns their refusal unchanged (stale GO)', async () => {
    const backend = api();
    const guarded = guardForRole(backend, 'remote-control');
    for (const type of ['go', 'setStandby', 'increment', 'sale', 'readGauge', 'panic']) {
      expect(await guarded.dispatch('session.command', command(type))).toEqual(
        fail('CONFLICT', 'standby is c2, not c1', { reason: 'stale_standby' }),
      );
    }
    expect(backend.dispatch).toHaveBeenCalledTimes(6);
    // The GO reaches the backend asking for the standby check, whatever the console's guard setting.
    expect(backend.dispatch).toHaveBeenCalledWith('session.command', command('go', { checkStandby: true }));
    expect(backend.dispatch).toHaveBeenCalledWith('session.command', command('panic'));
  });

  it('leaves the console’s GO as sent (its guard follows the setting)', async () => {
    const backend = api();
    await guardForRole(backend, 'console').dispatch('session.command', command('go', { expectedStandbyId: 'c1' }));
    expect(backend.dispatch).toHaveBeenCalledWith('session.command', command('go', { expectedStandbyId: 'c1' }));
  });

  it('refuses a control remote the commands it may not send, before the backend, with what it may do', async () => {
    const backend = api();
    const guarded = guardForRole(backend, 'remote-control');
    for (const type of ['end', 'jump', 'skip', 'back', 'refire', 'stop', 'tick']) {
      const result = await guarded.dispatch('session.command', command(type));
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'COMMAND_FORBIDDEN', path: ['command', 'type'] } });
      if (!result.ok) expect(result.error.message).toContain(`"${type}"`);
    }
    for (const payload of [null, {}, { command: null }, { command: { type: 7 } }]) {
      expect(await guarded.dispatch('session.command', payload)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    for (const method of ['session.start', 'settings.update', 'product.create', 'remote.revoke', 'remote.offer']) {
      expect(await guarded.dispatch(method, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'ROLE_FORBIDDEN' } });
    }
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it('gives a view remote reads only: no commands at all, the prompter topics yes', async () => {
    const backend = api();
    const guarded = guardForRole(backend, 'remote-view');
    expect(await guarded.dispatch('session.command', command('go', { expectedStandbyId: null }))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'ROLE_FORBIDDEN', message: expect.stringContaining('view-only') },
    });
    expect(await guarded.dispatch('product.get', { id: 'p' })).toEqual(ok(null));
    expect(guarded.subscribe('session.state', () => {})).toMatchObject({ ok: true });
    expect(guarded.subscribe('remote.info', () => {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('leaves the console alone', async () => {
    const backend = api();
    expect(guardForRole(backend, 'console')).toBe(backend);
  });
});
