import type { MethodParsedInput } from '../../../shared/api/contract';
import { defaultSettings, Settings } from '../../../shared/domain/settings';
import type { TopicHub } from '../dispatch/topicHub';
import type { EventStore } from '../events/eventStore';
import type { Db } from '../store/database';
import { createSettingsDao } from './settings.dao';

export function createSettingsService(db: Db, hub: TopicHub, events: EventStore) {
  const dao = createSettingsDao(db);

  function get(): Settings {
    // Each stored value is checked on its own: a stale or damaged one falls back to its default without
    // taking the others (the language, say) with it. Keys this version does not know are ignored.
    const stored = dao.readAll();
    const out: Record<string, unknown> = { ...defaultSettings };
    for (const key of Object.keys(Settings.shape) as (keyof Settings)[]) {
      if (Settings.shape[key].safeParse(stored[key]).success) out[key] = stored[key];
    }
    return Settings.parse(out);
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

export type SettingsService = ReturnType<typeof createSettingsService>;
