import type { settingsMethods } from '../../../shared/api/methods/settings.methods';
import type { DomainHandlers } from '../dispatch/handlers';
import type { SettingsService } from './settings.service';

export function createSettingsHandlers(settings: SettingsService): DomainHandlers<typeof settingsMethods> {
  return {
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
  };
}
