import type { HubClient } from '../../../shared/api/hub/hubClient';
import type { Clock } from '../clock';
import type { WriteGate } from '../store/writeGate';
import type { Outbox } from './outbox';
import type { SyncStateDao } from './syncState.dao';
import { batchSize, planAck, UPLOAD_BATCH_EVENTS } from './uploadBatch';

export interface UploadDeps {
  client: HubClient;
  credential: string;
  outbox: Outbox;
  state: SyncStateDao;
  gate: WriteGate;
  clock: Clock;
}

/**
 * Uploads the outbox in seq order, batch after batch, until it is empty. HTTP happens outside any
 * transaction; each answer is applied by ONE short transaction run through the write gate like an everyday
 * command, so it never collides with a long write on the import's connection, and a live command (which
 * runs between our awaits on this same thread) waits at most for one DELETE of a few hundred rows.
 * Throws HubRequestError when the hub cannot be reached or refuses; what was acknowledged so far stays done.
 */
export async function uploadOutbox(deps: UploadDeps): Promise<{ batches: number }> {
  const { client, credential, outbox, state, gate, clock } = deps;
  let batches = 0;
  for (;;) {
    const sync = state.get();
    if (!sync) return { batches };
    const waiting = outbox.pending(UPLOAD_BATCH_EVENTS);
    const events = waiting.slice(0, batchSize(waiting));
    const first = events[0];
    const last = events[events.length - 1];
    if (!first || !last) return { batches };
    const answer = await client.call('ingest', {
      token: credential,
      body: { epoch: sync.epoch, epochStart: sync.epochStart, sentAt: clock.now(), events },
    });
    const plan = planAck({ epochStart: sync.epochStart, firstSeq: first.seq, lastSeq: last.seq }, answer);
    await gate.run(() => {
      outbox.apply(sync.epochStart, plan, state.setEpoch);
      state.answered(clock.now(), answer.clockSkewMs);
    });
    batches++;
    // An answer that neither acknowledged, refilled nor moved epoch would send the same batch forever.
    if ((plan.ackedUpTo ?? 0) < first.seq && !plan.refill && !plan.newEpoch) {
      throw new Error(`the hub acknowledged none of seq ${first.seq}–${last.seq} (epoch ${sync.epoch}) and gave no reason`);
    }
  }
}
