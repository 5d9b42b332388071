import { Settings, SettingsPatch } from '../../domain/settings';
import { defineMethod, defineQuery, NoInput } from './defineMethod';

export const settingsMethods = {
  'settings.get': defineQuery({
    summary: 'Current user settings.',
    input: NoInput,
    output: Settings,
  }),
  'settings.update': defineMethod({
    summary: 'Changes some settings; returns them all. Publishes on the `settings` topic.',
    input: SettingsPatch,
    output: Settings,
  }),
} as const;
