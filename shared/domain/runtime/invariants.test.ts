import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cue, fixtureSetup, T0 } from '../../../test/support/domain/showFixture';
import { expectValidLogs, logs } from '../../../test/support/domain/testKit';
import { SessionCounter, SessionGauge } from '../session/sessionEvents';
import type { Effect } from './effects';
import { reduce } from './reduce';
import { RuntimeState } from './runtimeState';
import { startSession } from './session';

/** A show that exercises every follow mode, pre-waits and countdowns. */
const propertyCues = () => [
  cue('p1', 'product', { productId: 'prod-1', preWaitMs: 500, follow: 'auto_continue', plannedDurationMs: 5000 }),
  cue('c1', 'coupon', { couponId: 'coup-1', countdownMs: 3000, follow: 'auto_follow' }),
  cue('p2', 'product', { productId: 'prod-2', countdownMs: 4000, follow: 'select_next' }),
  cue('f1', 'flash_sale', { productId: 'prod-2', couponId: 'coup-2', countdownMs: 2000, follow: 'auto_follow' }),
  cue('t1', 'task', { taskId: 'task-1', countdownMs: 1500 }),
  cue('s1', 'scene', { sceneName: 'Outro', follow: 'auto_follow' }),
  cue('n1', 'note', { preWaitMs: 700 }),
  cue('p3', 'product', { productId: 'prod-1' }),
];
const ids = ['p1', 'c1', 'p2', 'f1', 't1', 's1', 'n1', 'p3', 'ghost'];

const cueId = fc.constantFrom(...ids);
/** `go` with `current` sends the real standby id (so GO is mostly accepted); otherwise whatever id the arbitrary picked. */
const command = fc.oneof(
  fc.record({ type: fc.constant('go'), expectedStandbyId: fc.oneof(fc.constant('current'), fc.constant(null), cueId) }),
  fc.record({ type: fc.constant('go'), expectedStandbyId: fc.constant('current') }),
  fc.record({ type: fc.constantFrom('jump', 'refire', 'stop'), cueId }),
  fc.record({ type: fc.constant('setStandby'), cueId: fc.oneof(fc.constant(null), cueId) }),
  fc.record({ type: fc.constantFrom('skip', 'back', 'panic', 'tick', 'tick', 'tick') }),
  fc.record({
    type: fc.constant('increment'),
    counter: fc.constantFrom(...SessionCounter.options),
    by: fc.integer({ min: -5, max: 1000 }),
  }),
  fc.record({
    type: fc.constant('readGauge'),
    gauge: fc.constantFrom(...SessionGauge.options),
    value: fc.integer({ min: 0, max: 100_000 }),
  }),
  fc.constant({ type: 'end' }),
  fc.anything(),
);
const step = fc.tuple(command, fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 299 }), fc.integer({ min: 300, max: 6000 })));

type Run = { states: RuntimeState[]; effects: Effect[] };

function runSteps(
  steps: [unknown, number][],
  onStep?: (before: RuntimeState, cmd: unknown, now: number, r: ReturnType<typeof reduce>) => void,
): Run {
  const start = startSession(fixtureSetup(propertyCues()), T0);
  let s = start.state;
  let now = T0;
  const states = [s];
  const effects: Effect[] = [...start.effects];
  for (const [raw, dt] of steps) {
    now += dt;
    const cmd =
      raw !== null &&
      typeof raw === 'object' &&
      'type' in raw &&
      raw.type === 'go' &&
      'expectedStandbyId' in raw &&
      raw.expectedStandbyId === 'current'
        ? { type: 'go', expectedStandbyId: s.standbyId }
        : raw;
    const r = reduce(s, cmd, now);
    onStep?.(s, cmd, now, r);
    s = r.state;
    states.push(s);
    effects.push(...r.effects);
  }
  return { states, effects };
}

const productIds = new Set(propertyCues().flatMap((c) => (c.type === 'product' ? [c.id] : [])));
const runs = { numRuns: 300 };

describe('reducer invariants (property)', () => {
  it('never throws, and every logged payload matches the event schema', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const { effects } = runSteps(steps);
        expectValidLogs(effects);
      }),
      runs,
    );
  });

  it('at most one product is explaining at a time (state and log)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const { states, effects } = runSteps(steps);
        for (const s of states) expect(s.running.filter((r) => productIds.has(r.cueId)).length).toBeLessThanOrEqual(1);
        const open = new Set<string>();
        for (const e of logs(effects)) {
          if (e.type === 'cue.started' && e.payload.cueType === 'product') open.add(e.payload.cueId);
          if (e.type === 'cue.ended') open.delete(e.payload.cueId);
          expect(open.size).toBeLessThanOrEqual(1);
        }
      }),
      runs,
    );
  });

  it('every started cue ends exactly once once the session has ended; log times never go backwards', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const { effects } = runSteps([...steps, [{ type: 'end' }, 1]]);
        const open = new Set<string>();
        let last = 0;
        for (const e of logs(effects)) {
          expect(e.payload.at).toBeGreaterThanOrEqual(last);
          last = e.payload.at;
          if (e.type === 'cue.started') {
            expect(open.has(e.payload.cueId), `${e.payload.cueId} started twice without an end`).toBe(false);
            open.add(e.payload.cueId);
          }
          if (e.type === 'cue.ended') {
            expect(open.has(e.payload.cueId), `${e.payload.cueId} ended without running`).toBe(true);
            open.delete(e.payload.cueId);
          }
        }
        expect([...open]).toEqual([]);
        expect(logs(effects).filter((e) => e.type === 'session.ended')).toHaveLength(1);
      }),
      runs,
    );
  });

  it('counters equal the sum of their logged increments', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const { states, effects } = runSteps(steps);
        const final = states.at(-1);
        for (const counter of SessionCounter.options) {
          const sum = logs(effects).reduce(
            (t, e) => (e.type === 'counter.incremented' && e.payload.counter === counter ? t + e.payload.by : t),
            0,
          );
          expect(final?.counters[counter]).toBe(sum);
        }
        for (const gauge of SessionGauge.options) {
          const readings = logs(effects).flatMap((e) => (e.type === 'gauge.read' && e.payload.gauge === gauge ? [e.payload.value] : []));
          expect(final?.gauges[gauge]?.peak).toBe(readings.length === 0 ? undefined : Math.max(...readings));
          expect(final?.gauges[gauge]?.last).toBe(readings.at(-1));
        }
      }),
      runs,
    );
  });

  it('a stale GO and a GO inside the debounce window change nothing', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        runSteps(steps, (before, cmd, now, r) => {
          if (before.phase !== 'live' || cmd === null || typeof cmd !== 'object' || !('type' in cmd) || cmd.type !== 'go') return;
          const debounced = before.lastGoAt !== null && now - before.lastGoAt < before.debounceMs;
          // Standby as of `now`: time-driven work due by then (an auto-follow) may have moved it since `before`.
          const standbyNow = reduce(before, { type: 'tick' }, now).state.standbyId;
          const stale = 'expectedStandbyId' in cmd && cmd.expectedStandbyId !== standbyNow;
          if (debounced || stale) {
            expect(r.rejected?.reason).toBe(debounced ? 'debounced' : 'stale_standby');
            expect(r.state).toBe(before);
            expect(r.effects).toEqual([]);
          }
        });
      }),
      runs,
    );
  });

  it('deadlines never move without a command: a tick keeps the deadline of every cue still on the same run', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        runSteps(steps, (before, cmd, _now, r) => {
          if (cmd === null || typeof cmd !== 'object' || !('type' in cmd) || cmd.type !== 'tick') return;
          for (const after of r.state.running) {
            const prev = before.running.find((b) => b.cueId === after.cueId && b.startedAt === after.startedAt);
            if (prev) expect(after.deadlineAt).toBe(prev.deadlineAt);
          }
        });
      }),
      runs,
    );
  });

  it('rejected commands leave the state untouched; the state survives a JSON round trip (restore point)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const { states } = runSteps(steps, (before, _cmd, _now, r) => {
          if (r.rejected !== null) {
            expect(r.state).toBe(before);
            expect(r.effects).toEqual([]);
          }
        });
        // Every reachable state is what the restore point and the clients' schema accept, unchanged.
        for (const s of states) expect(RuntimeState.parse(JSON.parse(JSON.stringify(s)))).toEqual(s);
      }),
      runs,
    );
  });
});
