import type { MethodParsedInput } from '../../../shared/api/contract';
import { defaultSettings, Settings } from '../../../shared/domain/settings';
import type { TopicHub } from '../dispatch/topicHub';
import type { EventStore } from '../events/eventStore';
import type { Db } from '../store/database';
import { createSettingsDao } from './settings.dao';

export function createSettingsService(db: Db, hub: TopicHub, events: EventStore) {
  const dao = createSettingsDao(db);

  function get(): Settings {
    // Unknown or stale keys from older versions fall back to defaults instead of failing start-up.
    const stored = dao.readAll();
    const merged = { ...defaultSettings, ...stored };
    const parsed = Settings.safeParse(merged);
    return parsed.success ? parsed.data : defaultSettings;
  }

  function update(patch: MethodParsedInput<'settings.update'>): Settings {
    const changes = stripUndefined(patch);
    const next = Settings.parse({ ...get(), ...changes });
    // The change and the fact that it happened commit together.
    db.transaction(() => {
      dao.writeMany(Object.entries(next));
      events.append({ type: 'settings.changed', payload: changes });
    })();
    hub.publish('settings', next);
    return next;
  }

  return { get, update };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
