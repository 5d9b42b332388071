import type { SessionEventPayload } from '../../../shared/domain/session/sessionEvents';

type BatchRecord = SessionEventPayload<'obs.batch'>;
type Failure = BatchRecord['failures'][number];

/**
 * Writes the outcome of each OBS batch a session sends, without flooding the log while OBS is away: a failure that
 * repeats for the same cue (its countdown refreshed every second against a closed connection) is written once, then
 * counted; the count is written as one more record (`repeated`) when the streak ends or the session closes.
 */
export function createObsBatchLog(write: (record: BatchRecord) => void) {
  let streak: { first: BatchRecord; key: string; count: number; lastAt: number } | null = null;

  function flush(): void {
    if (streak && streak.count > 0) write({ ...streak.first, at: streak.lastAt, repeated: streak.count });
    streak = null;
  }

  return {
    record(sessionId: string, cueId: string | null, at: number, failures: Failure[]): void {
      const key = failures.length === 0 ? null : JSON.stringify([sessionId, cueId, failures]);
      if (key !== null && streak?.key === key) {
        streak.count++;
        streak.lastAt = at;
        return;
      }
      flush();
      const record: BatchRecord = { sessionId, cueId, at, ok: key === null, failures };
      write(record);
      if (key !== null) streak = { first: record, key, count: 0, lastAt: at };
    },
    flush,
  };
}
