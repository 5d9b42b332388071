import type { settingsMethods } from '../../../shared/api/methods/settings.methods';
import type { BackendContext } from '../backendContext';
import type { DomainHandlers } from '../dispatch/handlers';
import { createSettingsService } from './settings.service';

export function createSettingsHandlers(ctx: BackendContext): DomainHandlers<typeof settingsMethods> {
  const settings = createSettingsService(ctx.db, ctx.hub, ctx.events);
  return {
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
  };
}
