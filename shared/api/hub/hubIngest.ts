import { z } from 'zod';

/** Most events in one upload batch, and most bytes of one batch's JSON body. */
const INGEST_MAX_EVENTS = 1000;
export const INGEST_MAX_BYTES = 4 * 1024 * 1024;
/** A device clock further than this from the hub's is flagged. */
export const CLOCK_SKEW_FLAG_MS = 5 * 60 * 1000;

/** One event as the store logged it. Times are the device's own facts, never trusted for ordering. */
export const UploadEvent = z
  .object({
    seq: z.number().int().positive(),
    eventId: z.string().min(1).max(64),
    type: z.string().min(1).max(100),
    schemaVersion: z.number().int().positive().max(1000),
    sessionId: z.string().min(1).max(64).nullable(),
    wallTime: z.number().int(),
    monoMs: z.number().finite(),
    payload: z.unknown(),
  })
  .strict();
export type UploadEvent = z.infer<typeof UploadEvent>;

/**
 * `POST /v1/events`. Events of one device epoch in ascending seq order (the hub sorts anyway).
 * `epochStart` is the first seq of this epoch: 1 for epoch 1, the seq where a rewind was found for later ones.
 */
export const IngestRequest = z
  .object({
    epoch: z.number().int().positive(),
    epochStart: z.number().int().positive(),
    /** The device's wall clock when it sent the batch (epoch ms): compared with the hub's to flag a wrong clock. */
    sentAt: z.number().int(),
    events: z.array(UploadEvent).min(1).max(INGEST_MAX_EVENTS),
  })
  .strict();
export type IngestRequest = z.infer<typeof IngestRequest>;

export const IngestResponse = z.object({
  epoch: z.number().int().positive(),
  /**
   * Every event of this epoch with seq ≤ ackedSeq that the batch carried is held by the hub, identical:
   * the store may mark its outbox rows up to here sent. Never beyond the batch's own last seq, never past a gap.
   */
  ackedSeq: z.number().int().nonnegative(),
  /** Events stored by this request. */
  inserted: z.number().int().nonnegative(),
  /** Events the hub already held, identical. */
  duplicates: z.number().int().nonnegative(),
  /**
   * The batch reused a seq the hub holds with a different event id (the store restored a backup).
   * The hub opened `newEpoch` starting at `seq`: resend from `seq` under it. Nothing was overwritten.
   */
  rewind: z.object({ seq: z.number().int().positive(), newEpoch: z.number().int().positive() }).nullable(),
  /** Hub time minus the device's `sentAt`; flagged at head office beyond CLOCK_SKEW_FLAG_MS. */
  clockSkewMs: z.number().int(),
  hubTime: z.number().int(),
});
export type IngestResponse = z.infer<typeof IngestResponse>;
