import { INGEST_MAX_BYTES, type IngestResponse, type UploadEvent } from '../../../shared/api/hub/hubIngest';

/** Most events per upload batch: well under the hub's INGEST_MAX_EVENTS, so one batch is a short request. */
export const UPLOAD_BATCH_EVENTS = 500;
/** Room for the request's own fields around the events array. */
const ENVELOPE_BYTES = 256;

/**
 * How many of `events` (in seq order) go in the next batch: at most `maxEvents`, and at most `maxBytes` of
 * JSON. The first event always goes, even when it alone is larger: it must be sent some time and nothing
 * after it may overtake it.
 */
export function batchSize(events: readonly UploadEvent[], maxEvents = UPLOAD_BATCH_EVENTS, maxBytes = INGEST_MAX_BYTES): number {
  let bytes = ENVELOPE_BYTES;
  let n = 0;
  for (const event of events) {
    if (n >= maxEvents) break;
    const size = Buffer.byteLength(JSON.stringify(event)) + 1;
    if (n > 0 && bytes + size > maxBytes) break;
    bytes += size;
    n++;
  }
  return n;
}

/** What to do with the hub's answer to a batch of seqs `firstSeq..lastSeq` sent under an epoch starting at `epochStart`. */
export interface AckPlan {
  /** Outbox rows with `epochStart ≤ seq ≤ ackedUpTo` are held by the hub: delete them. Null: nothing to delete. */
  ackedUpTo: number | null;
  /** Seqs the hub says it lacks although they left the outbox earlier: put them back. Null: no gap. */
  refill: { from: number; to: number } | null;
  /** The hub found a restored backup: from now on, send under this epoch from this seq. */
  newEpoch: { epoch: number; start: number } | null;
}

export function planAck(sent: { epochStart: number; firstSeq: number; lastSeq: number }, answer: IngestResponse): AckPlan {
  const { rewind } = answer;
  // Never beyond what this batch carried, and under a rewind never into the seqs the new epoch takes over.
  const ceiling = rewind ? Math.min(sent.lastSeq, rewind.seq - 1) : sent.lastSeq;
  const acked = Math.min(answer.ackedSeq, ceiling);
  const ackedUpTo = acked >= sent.epochStart ? acked : null;
  // The hub holds less than what we already deleted below this batch: it lost data. Resend those seqs.
  const gapFrom = Math.max(answer.ackedSeq + 1, sent.epochStart);
  const refill = !rewind && gapFrom <= sent.firstSeq - 1 ? { from: gapFrom, to: sent.firstSeq - 1 } : null;
  return { ackedUpTo, refill, newEpoch: rewind ? { epoch: rewind.newEpoch, start: rewind.seq } : null };
}
