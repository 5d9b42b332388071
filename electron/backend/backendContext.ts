import type { HostKind } from '../../shared/domain/about';
import type { Clock } from './clock';
import type { TopicHub } from './dispatch/topicHub';
import type { EventStore } from './events/eventStore';
import type { Db } from './store/database';
import type { WriteGate } from './store/writeGate';

/** What every domain module gets to build its handlers. */
export interface BackendContext {
  db: Db;
  clock: Clock;
  hub: TopicHub;
  events: EventStore;
  /** Serialises long writes (on their own connection) against everyday commands. */
  writeGate: WriteGate;
  /** better-sqlite3 addon for this runtime, for extra connections (import apply). */
  nativeBinding: string | undefined;
  /** Asks for a write-ahead-log checkpoint off the event loop (after a large write). Never throws. */
  checkpointSoon(): void;
  dataDir: string;
  databaseFile: string;
  appVersion: string;
  host: HostKind;
  electronVersion: string | null;
}
