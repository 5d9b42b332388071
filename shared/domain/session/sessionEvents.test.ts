import { describe, expect, it } from 'vitest';
import { createReportAccumulator } from '../report/reportAccumulator';
import { sessionEventSchemas } from './sessionEvents';

const base = { sessionId: 's1', at: 1_700_000_000_000 };

describe('session events: outputs', () => {
  it('a failed start carries its problem and subject; stops say whether LiveCue asked for them', () => {
    expect(
      sessionEventSchemas['output.started'].parse({
        ...base,
        output: 'record',
        ok: false,
        alreadyActive: false,
        problem: 'RECORD_FOLDER_MISSING',
        subject: '/mnt/recordings',
        message: 'The recording folder /mnt/recordings does not exist',
      }),
    ).toMatchObject({ problem: 'RECORD_FOLDER_MISSING', subject: '/mnt/recordings' });
    expect(sessionEventSchemas['output.stopped'].parse({ ...base, output: 'stream', byLiveCue: false, startedAt: null })).toMatchObject({
      byLiveCue: false,
    });
    expect(sessionEventSchemas['output.reconnecting'].parse({ ...base, output: 'stream' })).toEqual({ ...base, output: 'stream' });
    expect(sessionEventSchemas['output.reconnected'].parse({ ...base, output: 'stream' })).toEqual({ ...base, output: 'stream' });
  });

  it('refuses an unknown output, a problem it does not know, or a stop that does not say who stopped it', () => {
    expect(sessionEventSchemas['output.stopped'].safeParse({ ...base, output: 'replay', byLiveCue: true, startedAt: null }).success).toBe(
      false,
    );
    expect(sessionEventSchemas['output.stopped'].safeParse({ ...base, output: 'record', startedAt: null }).success).toBe(false);
    expect(
      sessionEventSchemas['output.started'].safeParse({
        ...base,
        output: 'record',
        ok: false,
        alreadyActive: false,
        problem: 'DISK_ON_FIRE',
      }).success,
    ).toBe(false);
  });

  it('the report reads them as known events, never as skipped ones', () => {
    const acc = createReportAccumulator({ sessionId: 's1' });
    acc.addStored(1, 'session.started', { ...base, showId: 'show', showName: 'Show' });
    acc.addStored(2, 'output.started', { ...base, output: 'stream', ok: true, alreadyActive: false });
    acc.addStored(3, 'output.reconnecting', { ...base, output: 'stream' });
    acc.addStored(4, 'output.reconnected', { ...base, output: 'stream' });
    acc.addStored(5, 'output.stopped', { ...base, output: 'stream', byLiveCue: false, startedAt: base.at });
    expect(acc.finish(base.at + 1000).skippedEvents).toBe(0);
  });
});
