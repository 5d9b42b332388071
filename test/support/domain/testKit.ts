import { expect } from 'vitest';
import type { RuntimeCommand } from '../../../shared/domain/runtime/commands';
import type { Effect, LogEvent } from '../../../shared/domain/runtime/effects';
import { reduce } from '../../../shared/domain/runtime/reduce';
import type { ReduceResult } from '../../../shared/domain/runtime/result';
import type { RuntimeState } from '../../../shared/domain/runtime/runtimeState';
import { startSession } from '../../../shared/domain/runtime/session';
import { sessionEventSchemas } from '../../../shared/domain/session/sessionEvents';
import { fixtureSetup, T0 } from './showFixture';

/** Helpers shared by the runtime tests. */
export const fresh = (): RuntimeState => startSession(fixtureSetup(), T0).state;

/** Applies commands in order at the given times, expecting each to be accepted; returns the last state and all effects. */
export function play(state: RuntimeState, steps: [RuntimeCommand, number][]): { state: RuntimeState; effects: Effect[] } {
  let s = state;
  const effects: Effect[] = [];
  for (const [cmd, now] of steps) {
    const r = reduce(s, cmd, now);
    expect(r.rejected, `${cmd.type} at +${now - T0}`).toBeNull();
    s = r.state;
    effects.push(...r.effects);
  }
  return { state: s, effects };
}

/** What the commands caused (the `operator.command` records of the commands themselves left out). */
export const logs = (effects: Effect[]): LogEvent[] =>
  effects.flatMap((e) => (e.kind === 'log' && e.event.type !== 'operator.command' ? [e.event] : []));
/** Every event logged, in order, the commands' own records included. */
export const allLogs = (effects: Effect[]): LogEvent[] => effects.flatMap((e) => (e.kind === 'log' ? [e.event] : []));
export const obsBatches = (effects: Effect[]) => effects.flatMap((e) => (e.kind === 'obs' ? [e] : []));
export const runningIds = (s: RuntimeState): string[] => s.running.map((r) => r.cueId);

/** Every logged payload must satisfy the event vocabulary's schema. */
export function expectValidLogs(effects: Effect[]): void {
  for (const e of logs(effects)) {
    const parsed = sessionEventSchemas[e.type].safeParse(e.payload);
    expect(parsed.success, `${e.type} ${JSON.stringify(e.payload)}`).toBe(true);
  }
}

export const accepted = (r: ReduceResult): ReduceResult => {
  expect(r.rejected).toBeNull();
  return r;
};
