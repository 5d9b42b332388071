import { describe, expect, it } from 'vitest';
import { cue, fixtureCues, fixtureSetup, T0 } from '../../../test/support/domain/showFixture';
import { expectValidLogs, fresh, logs, obsBatches, play, runningIds } from '../../../test/support/domain/testKit';
import { OBS_SAFE_SCENE } from '../obsLayout';
import type { RejectReason, RuntimeCommand } from './commands';
import { reduce } from './reduce';
import type { RuntimeState } from './runtimeState';
import { startSession } from './session';

const states: Record<string, () => RuntimeState> = {
  idle: () => play(fresh(), [[{ type: 'setStandby', cueId: null }, T0]]).state,
  standby: fresh,
  running: () => play(fresh(), [[{ type: 'go', expectedStandbyId: 'p1' }, T0 + 1000]]).state,
  several: () =>
    play(fresh(), [
      [{ type: 'go', expectedStandbyId: 'p1' }, T0 + 1000],
      [{ type: 'go', expectedStandbyId: 'c1' }, T0 + 2000],
    ]).state,
  panic: () =>
    play(fresh(), [
      [{ type: 'go', expectedStandbyId: 'p1' }, T0 + 1000],
      [{ type: 'panic' }, T0 + 2000],
    ]).state,
  ended: () => play(fresh(), [[{ type: 'end' }, T0 + 1000]]).state,
};

const NOW = T0 + 5000;
type Row = [state: string, command: RuntimeCommand, expected: 'ok' | RejectReason, check?: (s: RuntimeState) => void];

const table: Row[] = [
  // GO
  ['idle', { type: 'go', expectedStandbyId: null }, 'no_standby'],
  ['idle', { type: 'go', expectedStandbyId: 'p1' }, 'stale_standby'],
  ['standby', { type: 'go', expectedStandbyId: 'p1' }, 'ok', (s) => expect([runningIds(s), s.standbyId]).toEqual([['p1'], 'c1'])],
  ['standby', { type: 'go', expectedStandbyId: 'c1' }, 'stale_standby'],
  ['running', { type: 'go', expectedStandbyId: 'c1' }, 'ok', (s) => expect(runningIds(s)).toEqual(['p1', 'c1'])],
  ['running', { type: 'go', expectedStandbyId: 'p1' }, 'stale_standby'],
  ['several', { type: 'go', expectedStandbyId: 'p2' }, 'ok', (s) => expect(runningIds(s)).toEqual(['c1', 'p2'])],
  ['panic', { type: 'go', expectedStandbyId: 'c1' }, 'ok', (s) => expect([s.panicAt, runningIds(s)]).toEqual([null, ['c1']])],
  ['ended', { type: 'go', expectedStandbyId: 'p1' }, 'session_ended'],
  // jump
  ['idle', { type: 'jump', cueId: 't1' }, 'ok', (s) => expect([runningIds(s), s.standbyId]).toEqual([['t1'], null])],
  ['standby', { type: 'jump', cueId: 'p2' }, 'ok', (s) => expect([runningIds(s), s.standbyId]).toEqual([['p2'], 'p1'])],
  ['running', { type: 'jump', cueId: 'p2' }, 'ok', (s) => expect(runningIds(s)).toEqual(['p2'])],
  ['several', { type: 'jump', cueId: 'nope' }, 'unknown_cue'],
  ['panic', { type: 'jump', cueId: 'c1' }, 'ok', (s) => expect(runningIds(s)).toEqual(['c1'])],
  ['ended', { type: 'jump', cueId: 'c1' }, 'session_ended'],
  // setStandby
  ['idle', { type: 'setStandby', cueId: 'p2' }, 'ok', (s) => expect(s.standbyId).toBe('p2')],
  ['running', { type: 'setStandby', cueId: 'nope' }, 'unknown_cue'],
  ['several', { type: 'setStandby', cueId: null }, 'ok', (s) => expect([s.standbyId, runningIds(s)]).toEqual([null, ['p1', 'c1']])],
  ['ended', { type: 'setStandby', cueId: 'p1' }, 'session_ended'],
  // skip / back
  ['idle', { type: 'skip' }, 'no_standby'],
  ['standby', { type: 'skip' }, 'ok', (s) => expect([s.standbyId, runningIds(s)]).toEqual(['c1', []])],
  ['running', { type: 'skip' }, 'ok', (s) => expect(s.standbyId).toBe('p2')],
  ['panic', { type: 'skip' }, 'ok', (s) => expect(s.standbyId).toBe('p2')],
  ['ended', { type: 'skip' }, 'session_ended'],
  ['idle', { type: 'back' }, 'ok', (s) => expect(s.standbyId).toBe('n1')],
  ['standby', { type: 'back' }, 'at_start'],
  ['several', { type: 'back' }, 'ok', (s) => expect([s.standbyId, runningIds(s)]).toEqual(['c1', ['p1', 'c1']])],
  ['ended', { type: 'back' }, 'session_ended'],
  // refire
  ['standby', { type: 'refire', cueId: 'p1' }, 'ok', (s) => expect(s.running[0]?.trigger).toBe('refire')],
  ['running', { type: 'refire', cueId: 'p1' }, 'ok', (s) => expect(s.running.map((r) => [r.cueId, r.startedAt])).toEqual([['p1', NOW]])],
  ['several', { type: 'refire', cueId: 'c1' }, 'not_a_product'],
  ['several', { type: 'refire', cueId: 'nope' }, 'unknown_cue'],
  ['ended', { type: 'refire', cueId: 'p1' }, 'session_ended'],
  // stop
  ['idle', { type: 'stop', cueId: 'p1' }, 'not_running'],
  ['running', { type: 'stop', cueId: 'p1' }, 'ok', (s) => expect(runningIds(s)).toEqual([])],
  ['several', { type: 'stop', cueId: 'c1' }, 'ok', (s) => expect(runningIds(s)).toEqual(['p1'])],
  ['several', { type: 'stop', cueId: 'nope' }, 'unknown_cue'],
  ['panic', { type: 'stop', cueId: 'p1' }, 'not_running'],
  ['ended', { type: 'stop', cueId: 'p1' }, 'session_ended'],
  // panic
  ['idle', { type: 'panic' }, 'ok', (s) => expect(s.panicAt).toBe(NOW)],
  ['several', { type: 'panic' }, 'ok', (s) => expect([runningIds(s), s.standbyId]).toEqual([[], 'p2'])],
  ['panic', { type: 'panic' }, 'ok', (s) => expect(s.panicAt).toBe(NOW)],
  ['ended', { type: 'panic' }, 'session_ended'],
  // counters and gauges
  ['idle', { type: 'increment', counter: 'likes', by: 5 }, 'ok', (s) => expect(s.counters.likes).toBe(5)],
  ['running', { type: 'increment', counter: 'orders', by: 2, productId: 'prod-1' }, 'ok', (s) => expect(s.counters.orders).toBe(2)],
  ['panic', { type: 'increment', counter: 'gmvFen', by: -100 }, 'counter_below_zero'],
  ['idle', { type: 'increment', counter: 'likes', by: -1 }, 'counter_below_zero'],
  ['running', { type: 'increment', counter: 'likes', by: Number.MAX_SAFE_INTEGER + 1 }, 'invalid_command'],
  ['ended', { type: 'increment', counter: 'likes', by: 1 }, 'session_ended'],
  [
    'several',
    { type: 'readGauge', gauge: 'viewersOnline', value: 250 },
    'ok',
    (s) => expect(s.gauges.viewersOnline).toEqual({ last: 250, peak: 250, at: NOW }),
  ],
  ['ended', { type: 'readGauge', gauge: 'viewersOnline', value: 1 }, 'session_ended'],
  // tick
  ['idle', { type: 'tick' }, 'ok'],
  ['several', { type: 'tick' }, 'ok', (s) => expect(runningIds(s)).toEqual(['p1', 'c1'])],
  ['ended', { type: 'tick' }, 'ok'],
  // end
  ['idle', { type: 'end' }, 'ok', (s) => expect(s.phase).toBe('ended')],
  ['several', { type: 'end' }, 'ok', (s) => expect([s.phase, runningIds(s), s.endedAt]).toEqual(['ended', [], NOW])],
  ['panic', { type: 'end' }, 'ok', (s) => expect(s.phase).toBe('ended')],
  ['ended', { type: 'end' }, 'session_ended'],
];

describe('reduce: every command in every state', () => {
  it.each(table)('%s: %j → %s', (stateName, command, expected, check) => {
    const make = states[stateName];
    if (!make) throw new Error(`no state ${stateName}`);
    const before = make();
    const snapshot = JSON.stringify(before);
    const r = reduce(before, command, NOW);
    expect(JSON.stringify(before), 'the input state is never mutated').toBe(snapshot);
    if (expected === 'ok') {
      expect(r.rejected).toBeNull();
      expectValidLogs(r.effects);
      check?.(r.state);
    } else {
      expect(r.rejected?.reason).toBe(expected);
      expect(r.state).toBe(before);
      expect(r.effects).toEqual([]);
    }
  });
});

describe('reduce: bad input', () => {
  it.each([
    [{ type: 'go' }, 'invalid_command'],
    [{ type: 'fly' }, 'invalid_command'],
    [null, 'invalid_command'],
    [{ type: 'increment', counter: 'likes', by: 1.5 }, 'invalid_command'],
    [{ type: 'readGauge', gauge: 'viewersOnline', value: -1 }, 'invalid_command'],
  ])('%j is rejected', (command, reason) => {
    const s = fresh();
    expect(reduce(s, command, NOW)).toEqual({ state: s, effects: [], rejected: expect.objectContaining({ reason }) });
  });
  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('now = %s is rejected', (now) => {
    expect(reduce(fresh(), { type: 'tick' }, now).rejected?.reason).toBe('invalid_time');
  });
});

describe('GO', () => {
  it('logs the start with what the report needs', () => {
    const { effects } = play(fresh(), [[{ type: 'go', expectedStandbyId: 'p1' }, T0 + 1000]]);
    expect(logs(effects)).toEqual([
      {
        type: 'cue.started',
        payload: {
          sessionId: 'sess-1',
          cueId: 'p1',
          cueType: 'product',
          title: 'product p1',
          at: T0 + 1000,
          trigger: 'go',
          productId: 'prod-1',
          couponId: null,
          taskId: null,
          plannedStartAt: T0,
          plannedDurationMs: 60_000,
          deadlineAt: null,
          taskTarget: null,
          taskCounter: null,
        },
      },
    ]);
    // The product card is drawn from the running cues by the graphics renderer; a product cue sends nothing itself.
    expect(obsBatches(effects)).toEqual([]);
  });

  it('logs the goal of a task cue and the counter it watches as it starts, for the review', () => {
    const { effects } = play(fresh(), [[{ type: 'jump', cueId: 't1' }, T0 + 1000]]);
    expect(logs(effects).find((e) => e.type === 'cue.started')?.payload).toMatchObject({
      cueId: 't1',
      taskId: 'task-1',
      taskTarget: 500,
      taskCounter: 'newFollowers',
    });
  });

  it('ignores a second press within the debounce window, then accepts one after it', () => {
    const s = play(fresh(), [[{ type: 'go', expectedStandbyId: 'p1' }, T0]]).state;
    expect(reduce(s, { type: 'go', expectedStandbyId: 'c1' }, T0 + 299).rejected?.reason).toBe('debounced');
    expect(reduce(s, { type: 'go', expectedStandbyId: 'p1' }, T0 + 100).rejected?.reason).toBe('debounced');
    expect(reduce(s, { type: 'go', expectedStandbyId: 'c1' }, T0 + 300).rejected).toBeNull();
  });

  it('takes a configurable debounce', () => {
    const s0 = startSession({ ...fixtureSetup(), debounceMs: 0 }, T0).state;
    const s = play(s0, [[{ type: 'go', expectedStandbyId: 'p1' }, T0]]).state;
    expect(reduce(s, { type: 'go', expectedStandbyId: 'c1' }, T0).rejected).toBeNull();
  });

  it('ends the explaining product when the next product starts, and keeps the coupon running', () => {
    const { state, effects } = play(fresh(), [
      [{ type: 'go', expectedStandbyId: 'p1' }, T0 + 1000],
      [{ type: 'go', expectedStandbyId: 'c1' }, T0 + 2000],
      [{ type: 'go', expectedStandbyId: 'p2' }, T0 + 3000],
    ]);
    expect(runningIds(state)).toEqual(['c1', 'p2']);
    const ended = logs(effects).filter((e) => e.type === 'cue.ended');
    expect(ended.map((e) => e.payload)).toEqual([{ sessionId: 'sess-1', cueId: 'p1', at: T0 + 3000, reason: 'next' }]);
    const types = logs(effects).map((e) => e.type);
    expect(types.indexOf('cue.ended')).toBeLessThan(types.lastIndexOf('cue.started'));
  });

  it('drops a coupon: coupon.dropped with the claim window', () => {
    const { effects } = play(fresh(), [[{ type: 'jump', cueId: 'c1' }, T0 + 1000]]);
    expect(logs(effects).find((e) => e.type === 'coupon.dropped')?.payload).toEqual({
      sessionId: 'sess-1',
      couponId: 'coup-1',
      quantity: 100,
      claimUntil: T0 + 31_000,
      at: T0 + 1000,
    });
  });
});

describe('time-driven behaviour (tick)', () => {
  it('completes a countdown at its deadline and logs the true end time', () => {
    const s = play(fresh(), [[{ type: 'jump', cueId: 'c1' }, T0]]).state;
    const r = reduce(s, { type: 'tick' }, T0 + 45_000);
    expect(runningIds(r.state)).toEqual([]);
    expect(logs(r.effects)).toEqual([
      { type: 'cue.ended', payload: { sessionId: 'sess-1', cueId: 'c1', at: T0 + 30_000, reason: 'completed' } },
    ]);
  });

  it('a countdown shown only by the graphics wakes the runtime at its deadline, not every second', () => {
    const r = play(fresh(), [[{ type: 'jump', cueId: 'c1' }, T0]]);
    expect(r.effects.filter((e) => e.kind === 'schedule')).toEqual([{ kind: 'schedule', at: T0 + 30_000 }]);
  });

  it('hides what a cue’s own actions showed when it completes, unless another running cue shows it too', () => {
    const shows = [{ kind: 'setVisible' as const, scene: 'Studio', source: 'Badge', visible: true }];
    const cues = [
      cue('a', 'coupon', { couponId: 'coup-1', countdownMs: 1000, obsActions: shows }),
      cue('b', 'note', { obsActions: shows, countdownMs: null }),
    ];
    const s0 = startSession(fixtureSetup(cues), T0).state;
    const r = reduce(play(s0, [[{ type: 'jump', cueId: 'a' }, T0]]).state, { type: 'tick' }, T0 + 1000);
    expect(obsBatches(r.effects)).toEqual([{ kind: 'obs', cueId: 'a', actions: [{ ...shows[0], visible: false }] }]);
  });

  it('refreshes a cue’s own countdown text only when the shown second changes, and schedules the next change', () => {
    const own = cue('c1', 'coupon', {
      couponId: 'coup-1',
      countdownMs: 30_000,
      obsActions: [{ kind: 'setText', source: 'Clock', text: '{coupon.label} {countdown}' }],
    });
    let s = play(startSession(fixtureSetup([own]), T0).state, [[{ type: 'jump', cueId: 'c1' }, T0]]).state;
    const texts: string[] = [];
    const schedules: number[] = [];
    for (const dt of [100, 500, 999, 1000, 1500, 2000, 2001]) {
      const r = reduce(s, { type: 'tick' }, T0 + dt);
      s = r.state;
      for (const b of obsBatches(r.effects)) for (const a of b.actions) if (a.kind === 'setText') texts.push(a.text);
      for (const e of r.effects) if (e.kind === 'schedule') schedules.push(e.at - T0);
    }
    expect(texts).toEqual(['满199减30 00:29', '满199减30 00:28']);
    expect(schedules).toEqual([1000, 1000, 1000, 2000, 2000, 3000, 3000]);
  });

  it('starts a cue after its pre-wait; auto-continue fires the next one when it starts', () => {
    const cues = [
      cue('a', 'product', { productId: 'prod-1', preWaitMs: 2000, follow: 'auto_continue' }),
      cue('b', 'coupon', { couponId: 'coup-1', countdownMs: 10_000 }),
      cue('c', 'note'),
    ];
    const s0 = startSession(fixtureSetup(cues), T0).state;
    const r1 = reduce(s0, { type: 'go', expectedStandbyId: 'a' }, T0);
    expect([runningIds(r1.state), r1.state.pending, r1.state.standbyId]).toEqual([
      [],
      [{ cueId: 'a', startAt: T0 + 2000, trigger: 'go' }],
      'b',
    ]);
    // Only the GO itself is on record while the cue waits out its pre-wait.
    expect(r1.effects.filter((e) => e.kind !== 'log' || e.event.type !== 'operator.command')).toEqual([
      { kind: 'schedule', at: T0 + 2000 },
    ]);
    const r2 = reduce(r1.state, { type: 'tick' }, T0 + 2500);
    expect(runningIds(r2.state)).toEqual(['a', 'b']);
    expect(r2.state.standbyId).toBe('c');
    expect(
      logs(r2.effects)
        .filter((e) => e.type === 'cue.started')
        .map((e) => [e.payload.cueId, e.payload.trigger, e.payload.at]),
    ).toEqual([
      ['a', 'go', T0 + 2000],
      ['b', 'auto_continue', T0 + 2000],
    ]);
  });

  it('auto-follow fires the next cue when the countdown completes; select_next moves standby', () => {
    const cues = [
      cue('a', 'coupon', { couponId: 'coup-1', countdownMs: 5000, follow: 'auto_follow' }),
      cue('b', 'coupon', { couponId: 'coup-2', countdownMs: 5000, follow: 'select_next' }),
      cue('c', 'note'),
      cue('d', 'note'),
    ];
    const s0 = play(startSession(fixtureSetup(cues), T0).state, [[{ type: 'setStandby', cueId: 'd' }, T0]]).state;
    const { state, effects } = play(s0, [
      [{ type: 'jump', cueId: 'a' }, T0],
      [{ type: 'tick' }, T0 + 20_000],
    ]);
    expect(logs(effects).map((e) => [e.type, 'cueId' in e.payload ? e.payload.cueId : '', e.payload.at - T0])).toEqual([
      ['cue.started', 'a', 0],
      ['coupon.dropped', '', 0],
      ['cue.ended', 'a', 5000],
      ['cue.started', 'b', 5000],
      ['coupon.dropped', '', 5000],
      ['cue.ended', 'b', 10_000],
    ]);
    expect(state.standbyId).toBe('c');
    expect(runningIds(state)).toEqual([]);
  });

  it('a stopped cue does not auto-follow; a pending one is called off', () => {
    const cues = [
      cue('a', 'coupon', { couponId: 'coup-1', countdownMs: 5000, follow: 'auto_follow' }),
      cue('b', 'note', { preWaitMs: 1000 }),
    ];
    const s0 = startSession(fixtureSetup(cues), T0).state;
    const { state } = play(s0, [
      [{ type: 'jump', cueId: 'a' }, T0],
      [{ type: 'stop', cueId: 'a' }, T0 + 1000],
      [{ type: 'jump', cueId: 'b' }, T0 + 2000],
      [{ type: 'stop', cueId: 'b' }, T0 + 2500],
      [{ type: 'tick' }, T0 + 10_000],
    ]);
    expect([state.running, state.pending, Object.keys(state.lastRun)]).toEqual([[], [], ['a']]);
  });

  it('scene and note cues without a countdown start and complete at once', () => {
    const s = play(fresh(), [[{ type: 'setStandby', cueId: 's1' }, T0]]).state;
    const { state, effects } = play(s, [[{ type: 'go', expectedStandbyId: 's1' }, T0 + 1000]]);
    expect(runningIds(state)).toEqual([]);
    expect(logs(effects).map((e) => e.type)).toEqual(['cue.started', 'cue.ended']);
    expect(obsBatches(effects)[0]?.actions).toEqual([{ kind: 'switchScene', scene: 'Outro' }]);
  });
});

describe('panic and end', () => {
  it('panic cuts to the safe scene, ends every cue (so their graphics go), cancels waits and is logged', () => {
    const cues = [...fixtureCues(), cue('late', 'note', { preWaitMs: 60_000 })];
    const s0 = startSession(fixtureSetup(cues), T0).state;
    const { state, effects } = play(s0, [
      [{ type: 'go', expectedStandbyId: 'p1' }, T0],
      [{ type: 'jump', cueId: 'c1' }, T0 + 500],
      [{ type: 'jump', cueId: 'late' }, T0 + 600],
      [{ type: 'panic' }, T0 + 1000],
    ]);
    expect([state.running, state.pending]).toEqual([[], []]);
    const tail = logs(effects).slice(-3);
    expect(tail.map((e) => [e.type, 'reason' in e.payload ? e.payload.reason : null])).toEqual([
      ['cue.ended', 'panic'],
      ['cue.ended', 'panic'],
      ['panic', null],
    ]);
    const batch = obsBatches(effects).at(-1);
    expect(batch?.cueId).toBeNull();
    expect(batch?.actions).toEqual([{ kind: 'switchScene', scene: OBS_SAFE_SCENE }]);
  });

  it('end ends every running cue once with session_end, then the session', () => {
    const { effects } = play(fresh(), [
      [{ type: 'go', expectedStandbyId: 'p1' }, T0],
      [{ type: 'jump', cueId: 'c1' }, T0 + 500],
      [{ type: 'end' }, T0 + 1000],
    ]);
    expect(logs(effects).slice(-3)).toEqual([
      { type: 'cue.ended', payload: { sessionId: 'sess-1', cueId: 'p1', at: T0 + 1000, reason: 'session_end' } },
      { type: 'cue.ended', payload: { sessionId: 'sess-1', cueId: 'c1', at: T0 + 1000, reason: 'session_end' } },
      { type: 'session.ended', payload: { sessionId: 'sess-1', at: T0 + 1000 } },
    ]);
    expect(effects.at(-1)?.kind).toBe('log');
  });

  it('startSession logs session.started and puts the first cue on standby', () => {
    const { state, effects } = startSession(fixtureSetup(), T0);
    expect(state.standbyId).toBe('p1');
    expect(effects).toEqual([
      {
        kind: 'log',
        event: { type: 'session.started', payload: { sessionId: 'sess-1', showId: 'show-1', showName: 'Spring launch', at: T0 } },
      },
    ]);
    expectValidLogs(effects);
    expect(() => startSession(fixtureSetup([cue('x', 'note'), cue('x', 'note')]), T0)).toThrow();
  });
});
