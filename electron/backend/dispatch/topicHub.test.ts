import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../shared/domain/settings';
import { TopicHub } from './topicHub';

describe('TopicHub', () => {
  it('keeps delivering to other subscribers when one throws', () => {
    const hub = new TopicHub();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const good = vi.fn();
    hub.subscribe('settings', () => {
      throw new Error('closed socket');
    });
    hub.subscribe('settings', good);
    hub.publish('settings', { ...defaultSettings, language: 'en' });
    expect(good).toHaveBeenCalledWith({ ...defaultSettings, language: 'en' });
    spy.mockRestore();
  });

  it('lets a subscriber unsubscribe itself during delivery', () => {
    const hub = new TopicHub();
    const calls: string[] = [];
    const off = hub.subscribe('settings', () => {
      calls.push('a');
      off();
    });
    hub.subscribe('settings', () => calls.push('b'));
    hub.publish('settings', { ...defaultSettings, language: 'en' });
    hub.publish('settings', { ...defaultSettings, language: 'en' });
    expect(calls).toEqual(['a', 'b', 'b']);
    expect(hub.listenerCount('settings')).toBe(1);
  });
});
