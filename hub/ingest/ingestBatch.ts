import { CLOCK_SKEW_FLAG_MS, type IngestRequest, type IngestResponse, type UploadEvent } from '../../shared/api/hub/hubIngest';
import type { HubDb, HubQueryable } from '../db/hubDb';
import type { DeviceCaller } from '../http/hubAuth';
import { HubHttpError } from '../http/hubHttpError';
import { payloadAt } from '../reports/hubSessionReport';
import { markReportsStale } from '../reports/storedSessionReports';
import { advanceStream, lockStream, openRewindEpoch, type StreamKey } from './deviceStreams';
import { sortBatch } from './sortBatch';
import { insertEvents, storedIdsBySeq, storedPlacesById } from './storedEvents';

export interface IngestDeps {
  db: HubDb;
  clock: () => number;
  ensurePartition: (receivedAt: number) => Promise<void>;
}

/** What the walk over a batch decided, before anything is written. */
interface BatchPlan {
  toInsert: UploadEvent[];
  duplicates: number;
  ackedSeq: number;
  rewindAt: number | null;
}

/**
 * Exactly-once ingest of one batch: under the device's stream lock, events the hub holds are matched
 * by id (duplicates), the contiguous run after the acknowledged seq is stored, anything past a gap is
 * left for the store to resend, and a seq the hub holds under another id opens a new epoch (rewind).
 */
export async function ingestBatch(deps: IngestDeps, caller: DeviceCaller, request: IngestRequest): Promise<IngestResponse> {
  const events = sortBatch(request.events, request.epochStart);
  const now = deps.clock();
  await deps.ensurePartition(now);
  const key: StreamKey = { storeId: caller.store.id, deviceId: caller.deviceId, epoch: request.epoch };
  const clockSkewMs = now - request.sentAt;
  return deps.db.transaction(async (tx) => {
    const stream = await lockStream(tx, key, request.epochStart, now);
    const plan = await planBatch(tx, key, events, stream.ackedSeq);
    let rewind: IngestResponse['rewind'] = null;
    let inserted = 0;
    if (plan.rewindAt !== null) {
      rewind = { seq: plan.rewindAt, newEpoch: await openRewindEpoch(tx, key, plan.rewindAt, now) };
    } else {
      inserted = await insertEvents(tx, key, plan.toInsert, now);
      if (inserted !== plan.toInsert.length) throw new Error(`Stored ${inserted} of ${plan.toInsert.length} events under the stream lock.`);
      if (plan.ackedSeq !== stream.ackedSeq) await advanceStream(tx, key, plan.ackedSeq);
      await markReportsStale(tx, key.storeId, ...touchedReports(plan.toInsert));
    }
    await noteDeviceClock(tx, key, now, clockSkewMs);
    const lastSeq = events.at(-1)?.seq ?? 0;
    return {
      epoch: request.epoch,
      ackedSeq: rewind ? rewind.seq - 1 : Math.min(plan.ackedSeq, lastSeq),
      inserted,
      duplicates: rewind ? 0 : plan.duplicates,
      rewind,
      clockSkewMs,
      hubTime: now,
    };
  });
}

async function planBatch(tx: HubQueryable, key: StreamKey, events: UploadEvent[], heldSeq: number): Promise<BatchPlan> {
  const held = await storedIdsBySeq(
    tx,
    key,
    events.filter((e) => e.seq <= heldSeq).map((e) => e.seq),
  );
  const places = await storedPlacesById(
    tx,
    key,
    events.map((e) => e.eventId),
  );
  const plan: BatchPlan = { toInsert: [], duplicates: 0, ackedSeq: heldSeq, rewindAt: null };
  for (const event of events) {
    if (event.seq <= heldSeq && held.get(event.seq) === event.eventId) {
      plan.duplicates++;
      continue;
    }
    const place = places.get(event.eventId);
    if (place) {
      throw HubHttpError.conflict(
        `Event ${event.eventId} is already held under epoch ${place.epoch} seq ${place.seq}, not epoch ${key.epoch} seq ${event.seq}.`,
        ['body', 'events'],
      );
    }
    if (event.seq <= heldSeq) {
      // The hub holds another event at this seq: the store went back in time (a restored backup).
      return { ...plan, toInsert: [], rewindAt: event.seq };
    }
    if (event.seq !== plan.ackedSeq + 1) break; // a gap is held, never skipped
    plan.toInsert.push(event);
    plan.ackedSeq = event.seq;
  }
  return plan;
}

async function noteDeviceClock(tx: HubQueryable, key: StreamKey, now: number, clockSkewMs: number): Promise<void> {
  await tx.query('UPDATE devices SET last_seen_at = $3, clock_skew_ms = $4, clock_flagged = $5 WHERE store_id = $1 AND id = $2', [
    key.storeId,
    key.deviceId,
    now,
    clockSkewMs,
    Math.abs(clockSkewMs) > CLOCK_SKEW_FLAG_MS,
  ]);
}

/**
 * The reviews the stored events change: their own sessions (with the end a `session.ended` in the
 * batch gives), and, through health samples, those from the earliest sample on.
 */
function touchedReports(stored: UploadEvent[]): [sessions: Map<string, number | null>, earliestHealthAt: number | null] {
  const sessions = new Map<string, number | null>();
  let earliestHealthAt: number | null = null;
  for (const e of stored) {
    // An event without a usable time is skipped by the report code, so its time reaches no review.
    const at = Math.floor(payloadAt(e.payload));
    if (e.sessionId !== null) {
      const endedAt = e.type === 'session.ended' && Number.isFinite(at) ? at : null;
      sessions.set(e.sessionId, endedAt ?? sessions.get(e.sessionId) ?? null);
    }
    if (e.type === 'obs.health' && Number.isFinite(at)) earliestHealthAt = Math.min(earliestHealthAt ?? at, at);
  }
  return [sessions, earliestHealthAt];
}
