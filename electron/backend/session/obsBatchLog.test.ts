import { describe, expect, it } from 'vitest';
import type { SessionEventPayload } from '../../../shared/domain/session/sessionEvents';
import { createObsBatchLog } from './obsBatchLog';

const OFFLINE = [{ action: 'batch', message: 'OBS is not connected' }];

function setup() {
  const written: SessionEventPayload<'obs.batch'>[] = [];
  return { written, log: createObsBatchLog((r) => written.push(r)) };
}

describe('OBS batch log', () => {
  it('writes every success and the first of a run of identical failures; the rest are counted and written once', () => {
    const { written, log } = setup();
    log.record('s', 'c1', 1000, []);
    for (let at = 2000; at <= 6000; at += 1000) log.record('s', 'c1', at, OFFLINE);
    expect(written).toHaveLength(2);
    log.record('s', 'c1', 7000, []);
    expect(written).toEqual([
      { sessionId: 's', cueId: 'c1', at: 1000, ok: true, failures: [] },
      { sessionId: 's', cueId: 'c1', at: 2000, ok: false, failures: OFFLINE },
      { sessionId: 's', cueId: 'c1', at: 6000, ok: false, failures: OFFLINE, repeated: 4 },
      { sessionId: 's', cueId: 'c1', at: 7000, ok: true, failures: [] },
    ]);
  });

  it('a failure for another cue, or another failure, is written on its own', () => {
    const { written, log } = setup();
    log.record('s', 'c1', 1000, OFFLINE);
    log.record('s', 'c2', 2000, OFFLINE);
    log.record('s', 'c2', 3000, [{ action: 'setText', message: 'No source' }]);
    expect(written.map((w) => [w.cueId, w.at, w.repeated])).toEqual([
      ['c1', 1000, undefined],
      ['c2', 2000, undefined],
      ['c2', 3000, undefined],
    ]);
  });

  it('flush writes a pending count (session end, app closing) and nothing when there is none', () => {
    const { written, log } = setup();
    log.record('s', 'c1', 1000, OFFLINE);
    log.record('s', 'c1', 2000, OFFLINE);
    log.flush();
    log.flush();
    expect(written.map((w) => w.repeated)).toEqual([undefined, 1]);
  });
});
