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

  it('the review lists them as the outputs timeline, none skipped', () => {
    const acc = createReportAccumulator({ sessionId: 's1' });
    const at = (s: number) => base.at + s * 1000;
    acc.addStored(1, 'session.started', { ...base, showId: 'show', showName: 'Show' });
    acc.addStored(2, 'output.started', { ...base, at: at(1), output: 'stream', ok: true, alreadyActive: false });
    acc.addStored(3, 'output.started', {
      ...base,
      at: at(9),
      output: 'record',
      ok: false,
      alreadyActive: false,
      problem: 'NO_ANSWER',
      subject: '8',
      message: 'OBS did not start the recording within 8 s',
    });
    acc.addStored(4, 'output.reconnecting', { ...base, at: at(60), output: 'stream' });
    acc.addStored(5, 'output.reconnected', { ...base, at: at(75), output: 'stream' });
    acc.addStored(6, 'output.stopped', { ...base, at: at(90), output: 'stream', byLiveCue: false, startedAt: at(1) });
    const report = acc.finish(at(100));
    const none = { byLiveCue: null, message: null, problem: null, subject: null };
    expect(report.skippedEvents).toBe(0);
    expect(report.outputs).toEqual([
      { ...none, at: at(1), output: 'stream', event: 'started' },
      {
        ...none,
        at: at(9),
        output: 'record',
        event: 'start_failed',
        message: 'OBS did not start the recording within 8 s',
        problem: 'NO_ANSWER',
        subject: '8',
      },
      { ...none, at: at(60), output: 'stream', event: 'reconnecting' },
      { ...none, at: at(75), output: 'stream', event: 'reconnected' },
      { ...none, at: at(90), output: 'stream', event: 'stopped', byLiveCue: false },
    ]);
  });
});

describe('session events: cue.started', () => {
  const started = {
    ...base,
    cueId: 'c1',
    cueType: 'task',
    title: '关注主播',
    trigger: 'go',
    productId: null,
    couponId: null,
    taskId: 'task-1',
    plannedStartAt: null,
    plannedDurationMs: null,
    deadlineAt: null,
  };

  it('carries its task’s goal, and still reads a start logged before goals were', () => {
    expect(sessionEventSchemas['cue.started'].parse({ ...started, taskTarget: 500 }).taskTarget).toBe(500);
    expect(sessionEventSchemas['cue.started'].safeParse(started).success).toBe(true);
    expect(sessionEventSchemas['cue.started'].safeParse({ ...started, taskTarget: 'many' }).success).toBe(false);
  });
});
