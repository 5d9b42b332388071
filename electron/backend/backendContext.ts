import type { HostKind } from '../../shared/domain/about';
import type { Clock } from './clock';
import type { TopicHub } from './dispatch/topicHub';
import type { EventStore } from './events/eventStore';
import type { Db } from './store/database';

/** What every domain module gets to build its handlers. */
export interface BackendContext {
  db: Db;
  clock: Clock;
  hub: TopicHub;
  events: EventStore;
  dataDir: string;
  databaseFile: string;
  appVersion: string;
  host: HostKind;
  electronVersion: string | null;
}
