import { RuntimeCommand } from './commands';
import { increment, readGauge, sale } from './counters';
import { back, go, jump, refire, setStandby, skip, stop } from './go';
import { draftOf, refreshCountdown } from './lifecycle';
import { endSession, panic } from './panic';
import { type Outcome, type ReduceResult, reject } from './result';
import type { RuntimeState } from './runtimeState';
import { nextWakeAt, tick } from './tick';

/** Commands logged as `operator.command`; counters and gauges log their own events, ticks are the clock's. */
const LOGGED_COMMANDS: ReadonlySet<RuntimeCommand['type']> = new Set([
  'go',
  'jump',
  'refire',
  'setStandby',
  'skip',
  'back',
  'stop',
  'panic',
  'end',
]);

/**
 * The show runtime: state + command at `now` → new state + effects. Pure: no clock, timers or I/O. Never throws on a
 * command: anything it cannot do comes back as `rejected`, with state and effects unchanged.
 */
export function reduce(state: RuntimeState, command: unknown, now: number): ReduceResult {
  const unchanged = (reason: Parameters<typeof reject>[0], message: string): ReduceResult => ({
    state,
    effects: [],
    rejected: reject(reason, message),
  });
  if (!Number.isSafeInteger(now) || now < 0) return unchanged('invalid_time', 'now must be epoch milliseconds');
  const parsed = RuntimeCommand.safeParse(command);
  if (!parsed.success) return unchanged('invalid_command', parsed.error.issues.map((i) => i.message).join('; '));
  const cmd = parsed.data;
  if (state.phase === 'ended') {
    return cmd.type === 'tick' ? { state, effects: [], rejected: null } : unchanged('session_ended', 'the session has ended');
  }
  const d = draftOf(state);
  // Time-driven work due before this command happens first, so the command sees the show as it is at `now`.
  if (cmd.type !== 'tick') tick(d, now);
  const standbyBefore = d.s.standbyId;
  const firstOwnEffect = d.effects.length;
  const outcome: Outcome = dispatch();
  if (outcome !== null) return { state, effects: [], rejected: outcome };
  if (LOGGED_COMMANDS.has(cmd.type)) {
    // The command itself goes on record before what it caused, after what was already due.
    d.effects.splice(firstOwnEffect, 0, {
      kind: 'log',
      event: {
        type: 'operator.command',
        payload: { sessionId: d.s.sessionId, at: now, command: cmd, standbyBefore, standbyAfter: d.s.standbyId },
      },
    });
  }
  if (cmd.type !== 'tick') refreshCountdown(d, now);
  if (d.s.phase === 'live') {
    const wake = nextWakeAt(d, now);
    if (wake !== null) d.effects.push({ kind: 'schedule', at: wake });
  }
  return { state: d.s, effects: d.effects, rejected: null };

  function dispatch(): Outcome {
    switch (cmd.type) {
      case 'go':
        return go(d, cmd, now);
      case 'jump':
        return jump(d, cmd, now);
      case 'refire':
        return refire(d, cmd, now);
      case 'setStandby':
        return setStandby(d, cmd);
      case 'skip':
        return skip(d);
      case 'back':
        return back(d);
      case 'stop':
        return stop(d, cmd, now);
      case 'panic':
        return panic(d, now);
      case 'increment':
        return increment(d, cmd, now);
      case 'sale':
        return sale(d, cmd, now);
      case 'readGauge':
        return readGauge(d, cmd, now);
      case 'tick':
        return tick(d, now);
      case 'end':
        return endSession(d, now);
    }
  }
}
