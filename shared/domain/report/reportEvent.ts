import { ObsStreamHealth } from '../obsActions';
import {
  SessionCounter,
  type SessionEvent,
  type SessionEventPayload,
  type SessionEventType,
  sessionEventSchemas,
} from '../session/sessionEvents';

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
  if (type === 'counter.incremented') {
    const counter = counterPayload(payload);
    return counter ? { seq, type, payload: counter } : null;
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

const COUNTERS: ReadonlySet<unknown> = new Set(SessionCounter.options);
const isInt = (v: unknown): v is number => Number.isSafeInteger(v);

/**
 * `counter.incremented`, nine in ten of a show's events, checked by hand: the same rules as its schema (a test holds
 * the two to the same answers), at a fraction of the cost over 100,000 events, and its known keys copied as the
 * schema would.
 */
export function counterPayload(payload: unknown): SessionEventPayload<'counter.incremented'> | null {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  const { sessionId, counter, by, at, productId } = payload as Record<string, unknown>;
  if (typeof sessionId !== 'string' || sessionId.length === 0) return null;
  if (!COUNTERS.has(counter) || !isInt(by) || !isInt(at) || at < 0) return null;
  if (productId !== null && typeof productId !== 'string') return null;
  return { sessionId, counter: counter as SessionCounter, by, at, productId };
}
