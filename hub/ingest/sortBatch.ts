import type { UploadEvent } from '../../shared/api/hub/hubIngest';
import { HubHttpError } from '../http/hubHttpError';

/**
 * The batch in seq order with exact repeats dropped. Two different events under one seq, or one event
 * id under two seqs, cannot be told apart later, so the batch is refused naming them.
 */
export function sortBatch(events: readonly UploadEvent[], epochStart: number): UploadEvent[] {
  const sorted = events.map((event, index) => ({ event, index })).sort((a, b) => a.event.seq - b.event.seq);
  const kept: UploadEvent[] = [];
  const seqOfId = new Map<string, number>();
  for (const { event, index } of sorted) {
    const path = ['body', 'events', index];
    if (event.seq < epochStart)
      throw HubHttpError.invalid(`Event seq ${event.seq} is before this epoch's start (${epochStart}).`, [...path, 'seq']);
    const previous = kept.at(-1);
    if (previous?.seq === event.seq) {
      if (previous.eventId === event.eventId) continue;
      throw HubHttpError.invalid(`Seq ${event.seq} carries two events (${previous.eventId}, ${event.eventId}).`, [...path, 'eventId']);
    }
    const otherSeq = seqOfId.get(event.eventId);
    if (otherSeq !== undefined)
      throw HubHttpError.invalid(`Event ${event.eventId} appears under seq ${otherSeq} and ${event.seq}.`, [...path, 'eventId']);
    seqOfId.set(event.eventId, event.seq);
    kept.push(event);
  }
  return kept;
}
