import { ObsStreamHealth } from '../obsActions';
import { type SessionEvent, type SessionEventType, sessionEventSchemas } from '../session/sessionEvents';

/**
 * What the report reads: the session's own events, plus `obs.health` samples, which are logged
 * without a session id and belong to a session by their time (`at` inside its window).
 */
export type HealthEvent = { seq: number; type: 'obs.health'; payload: ObsStreamHealth };
export type ReportEvent = SessionEvent | HealthEvent;

/** A stored row (type + decoded payload) as a typed report event; null for other or malformed events. */
export function toReportEvent(seq: number, type: string, payload: unknown): ReportEvent | null {
  if (type === 'obs.health') {
    const parsed = ObsStreamHealth.safeParse(payload);
    return parsed.success ? { seq, type, payload: parsed.data } : null;
  }
  if (!isSessionEventType(type)) return null;
  const parsed = sessionEventSchemas[type].safeParse(payload);
  // The schema lookup keeps type and payload paired; TypeScript cannot see that through the index.
  return parsed.success ? ({ seq, type, payload: parsed.data } as SessionEvent) : null;
}

export function isReportEventType(type: string): boolean {
  return type === 'obs.health' || isSessionEventType(type);
}

function isSessionEventType(type: string): type is SessionEventType {
  return Object.hasOwn(sessionEventSchemas, type);
}
