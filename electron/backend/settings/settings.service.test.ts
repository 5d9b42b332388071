import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/domain/settings';
import { backendTestContext, catalogTestContext } from '../../../test/support/backend/catalogTestContext';
import { createSettingsDao } from './settings.dao';
import { createSettingsService } from './settings.service';

const setup = () => {
  const ctx = backendTestContext(catalogTestContext());
  return { ctx, settings: createSettingsService(ctx.db, ctx.hub, ctx.events) };
};

describe('settings service', () => {
  it('starts from the defaults: GO debounce 300 ms, standby guard on', () => {
    expect(setup().settings.get()).toEqual(defaultSettings);
    expect(defaultSettings).toMatchObject({ goDebounceMs: 300, goGuardStandby: true });
  });

  it('stores a change with its event and keeps the rest', () => {
    const { ctx, settings } = setup();
    settings.update({ language: 'zh-CN' });
    expect(settings.update({ goDebounceMs: 500, goGuardStandby: false })).toEqual({
      ...defaultSettings,
      language: 'zh-CN',
      goDebounceMs: 500,
      goGuardStandby: false,
    });
    const last = ctx.events
      .listAfter(0)
      .filter((e) => e.type === 'settings.changed')
      .at(-1);
    expect(last?.payload).toEqual({ goDebounceMs: 500, goGuardStandby: false });
  });

  it('a damaged stored value falls back to its own default without resetting the others', () => {
    const { ctx, settings } = setup();
    settings.update({ language: 'en', goDebounceMs: 800 });
    createSettingsDao(ctx.db).writeMany([['goDebounceMs', 'fast']]);
    expect(settings.get()).toEqual({ ...defaultSettings, language: 'en' });
  });
});
