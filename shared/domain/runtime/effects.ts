import type { ObsAction } from '../obsActions';
import type { SessionEventPayload, SessionEventType } from '../session/sessionEvents';

export type LogEvent = { [T in SessionEventType]: { type: T; payload: SessionEventPayload<T> } }[SessionEventType];

/** What the host must do after a reduce: log events, send OBS batches, tick again at `at`. */
export type Effect =
  | { kind: 'log'; event: LogEvent }
  | { kind: 'obs'; cueId: string | null; actions: ObsAction[] }
  | { kind: 'schedule'; at: number };
