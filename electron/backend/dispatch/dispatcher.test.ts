import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../shared/domain/settings';
import { WriteGate } from '../store/writeGate';
import { createDispatcher } from './dispatcher';
import type { Handlers } from './handlers';
import { TopicHub } from './topicHub';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  // Only the methods these tests call; the contract grows without touching this fixture.
  const some: Partial<Handlers> = {
    'app.about': () => {
      throw new Error('not used');
    },
    'app.ping': ({ echo }) => ({ echo, serverTime: 1 }),
    'settings.get': () => ({ ...defaultSettings, language: 'en' }),
    'settings.update': () => ({ ...defaultSettings, language: 'en' }),
    'obs.status': () => ({ state: 'not_configured' }),
    ...overrides,
  };
  return some as Handlers;
}

describe('dispatcher', () => {
  it('routes a valid request to its handler with parsed input', async () => {
    const ping = vi.fn(({ echo }: { echo: string }) => ({ echo: echo.toUpperCase(), serverTime: 5 }));
    const { dispatch } = createDispatcher(handlers({ 'app.ping': ping }), new TopicHub());
    expect(await dispatch('app.ping', { echo: 'hi' })).toEqual({ ok: true, value: { echo: 'HI', serverTime: 5 } });
    expect(ping).toHaveBeenCalledWith({ echo: 'hi' });
  });

  it('returns UNKNOWN_METHOD for a name not in the contract, including prototype keys', async () => {
    const { dispatch } = createDispatcher(handlers(), new TopicHub());
    for (const name of ['nope', 'toString', '__proto__', 'constructor']) {
      const result = await dispatch(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('returns INVALID_PAYLOAD naming the field, and does not call the handler', async () => {
    const update = vi.fn();
    const { dispatch } = createDispatcher(handlers({ 'settings.update': update }), new TopicHub());
    const result = await dispatch('settings.update', { language: 'fr' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_PAYLOAD');
    expect(result.error.path).toEqual(['language']);
    expect(result.error.message).toContain('language');
    expect(update).not.toHaveBeenCalled();
  });

  it('rejects unexpected keys (strict inputs) and wrong types', async () => {
    const { dispatch } = createDispatcher(handlers(), new TopicHub());
    expect(await dispatch('settings.get', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(await dispatch('app.ping', { echo: 42 })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', path: ['echo'] } });
    expect(await dispatch('app.ping', 'text')).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });

  it('turns a throwing handler into INTERNAL instead of throwing', async () => {
    const { dispatch } = createDispatcher(handlers(), new TopicHub());
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await dispatch('app.about', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: 'app.about failed: not used' },
    });
    spy.mockRestore();
  });

  it('refuses to send output that breaks the contract', async () => {
    const bad = handlers({ 'obs.status': () => ({ state: 'flying' }) as never });
    const { dispatch } = createDispatcher(bad, new TopicHub());
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await dispatch('obs.status', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    spy.mockRestore();
  });

  it('subscribes to known topics only', () => {
    const hub = new TopicHub();
    const { subscribe } = createDispatcher(handlers(), hub);
    const seen: unknown[] = [];
    const sub = subscribe('settings', (d) => seen.push(d));
    expect(sub.ok).toBe(true);
    hub.publish('settings', { ...defaultSettings, language: 'zh-CN' });
    if (sub.ok) sub.value();
    hub.publish('settings', { ...defaultSettings, language: 'en' });
    expect(seen).toEqual([{ ...defaultSettings, language: 'zh-CN' }]);
    expect(subscribe('nope', () => {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_TOPIC' } });
  });

  it('lets queries through during a long write and makes commands wait for it to step aside', async () => {
    const gate = new WriteGate();
    const order: string[] = [];
    const update = vi.fn(() => {
      order.push('command ran');
      return { ...defaultSettings, language: 'en' as const };
    });
    const get = vi.fn(() => {
      order.push('query ran');
      return { ...defaultSettings, language: 'en' as const };
    });
    const { dispatch } = createDispatcher(handlers({ 'settings.update': update, 'settings.get': get }), new TopicHub(), gate);
    let command: Promise<unknown> | null = null;
    await gate.longWrite(async (control) => {
      if (control.attempt === 1) {
        command = dispatch('settings.update', { language: 'en' });
        await dispatch('settings.get', {});
        await new Promise((r) => setImmediate(r));
        order.push(control.shouldStepAside() ? 'long write steps aside' : 'long write kept going');
        return control.shouldStepAside() ? 'preempted' : 'done';
      }
      order.push('long write retried');
      return 'done';
    });
    expect(await command).toMatchObject({ ok: true });
    expect(order).toEqual(['query ran', 'long write steps aside', 'command ran', 'long write retried']);
  });

  it('goes live in front of a long write that no longer steps aside for everyday commands (a head-office show apply)', async () => {
    const gate = new WriteGate({ maxPreemptions: 0 });
    const order: string[] = [];
    const start = vi.fn(() => {
      order.push('session.start ran');
      throw new Error('stops here: only the order matters');
    });
    const { dispatch } = createDispatcher(handlers({ 'session.start': start }), new TopicHub(), gate);
    let started: Promise<unknown> | null = null;
    await gate.longWrite(async (control) => {
      if (control.attempt === 1) {
        started = dispatch('session.start', { showId: 'show-1' });
        await new Promise((r) => setImmediate(r));
        if (control.shouldStepAside()) {
          order.push('long write steps aside');
          return 'preempted';
        }
      }
      order.push('long write committed');
      return 'done';
    });
    await started;
    expect(order).toEqual(['long write steps aside', 'session.start ran', 'long write committed']);
  });
});
