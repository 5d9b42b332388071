import { describe, expect, it } from 'vitest';
import type { IngestResponse, UploadEvent } from '../../../shared/api/hub/hubIngest';
import { batchSize, planAck } from './uploadBatch';

const event = (seq: number, text = ''): UploadEvent => ({
  seq,
  eventId: `e${seq}`,
  type: 'cue.go',
  schemaVersion: 1,
  sessionId: 's1',
  wallTime: 0,
  monoMs: 0,
  payload: { text },
});
const answer = (ackedSeq: number, rewind: IngestResponse['rewind'] = null): IngestResponse => ({
  epoch: 1,
  ackedSeq,
  inserted: 0,
  duplicates: 0,
  rewind,
  clockSkewMs: 0,
  hubTime: 0,
});

describe('batchSize', () => {
  const events = Array.from({ length: 1200 }, (_, i) => event(i + 1));

  it('caps a batch by count', () => {
    expect(batchSize(events)).toBe(500);
    expect(batchSize(events.slice(0, 7))).toBe(7);
    expect(batchSize([])).toBe(0);
  });

  it('caps a batch by bytes, but sends an event larger than the cap alone', () => {
    const big = [event(1, 'x'.repeat(600)), event(2, 'x'.repeat(600)), event(3, 'x'.repeat(600))];
    expect(batchSize(big, 500, 1800)).toBe(2);
    expect(batchSize(big, 500, 100)).toBe(1);
  });
});

describe('planAck', () => {
  it('deletes up to the ack, never beyond what the batch carried', () => {
    expect(planAck({ epochStart: 1, firstSeq: 11, lastSeq: 20 }, answer(20))).toEqual({ ackedUpTo: 20, refill: null, newEpoch: null });
    expect(planAck({ epochStart: 1, firstSeq: 11, lastSeq: 20 }, answer(25)).ackedUpTo).toBe(20);
    expect(planAck({ epochStart: 1, firstSeq: 11, lastSeq: 20 }, answer(15)).ackedUpTo).toBe(15);
  });

  it('puts back what the hub lost below the batch instead of skipping it', () => {
    expect(planAck({ epochStart: 1, firstSeq: 11, lastSeq: 20 }, answer(4))).toEqual({
      ackedUpTo: 4,
      refill: { from: 5, to: 10 },
      newEpoch: null,
    });
    // Within a later epoch the gap starts at that epoch's first seq.
    expect(planAck({ epochStart: 8, firstSeq: 11, lastSeq: 20 }, answer(0))).toEqual({
      ackedUpTo: null,
      refill: { from: 8, to: 10 },
      newEpoch: null,
    });
    expect(planAck({ epochStart: 11, firstSeq: 11, lastSeq: 20 }, answer(0)).refill).toBeNull();
  });

  it('on a rewind keeps what the new epoch takes over and moves to it', () => {
    expect(planAck({ epochStart: 1, firstSeq: 11, lastSeq: 20 }, answer(12, { seq: 13, newEpoch: 2 }))).toEqual({
      ackedUpTo: 12,
      refill: null,
      newEpoch: { epoch: 2, start: 13 },
    });
    expect(planAck({ epochStart: 1, firstSeq: 11, lastSeq: 20 }, answer(20, { seq: 13, newEpoch: 2 })).ackedUpTo).toBe(12);
  });
});
