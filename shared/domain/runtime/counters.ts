import type { SessionCounter } from '../session/sessionEvents';
import type { RuntimeCommand } from './commands';
import { type Draft, log, obs } from './lifecycle';
import { textActionsUsing } from './obsEffects';
import { type Outcome, reject } from './result';
import { cueById } from './runtimeState';

type Cmd<T extends RuntimeCommand['type']> = Extract<RuntimeCommand, { type: T }>;

/**
 * Counters are sums of increments (a negative one corrects a mistyped tap); the log keeps every increment. A
 * correction past zero is refused: no platform figure is negative, and a report must never have to show one.
 */
export function increment(d: Draft, cmd: Cmd<'increment'>, now: number): Outcome {
  const { s } = d;
  const total = s.counters[cmd.counter] + cmd.by;
  if (total < 0)
    return reject('counter_below_zero', `${cmd.counter} is ${s.counters[cmd.counter]}: a correction of ${cmd.by} would take it below zero`);
  if (!Number.isSafeInteger(total)) return reject('invalid_command', `${cmd.counter} would leave the safe integer range`);
  s.counters[cmd.counter] = total;
  log(d, {
    type: 'counter.incremented',
    payload: { sessionId: s.sessionId, counter: cmd.counter, by: cmd.by, at: now, productId: cmd.productId ?? null },
  });
  advanceTasks(d, cmd.counter, cmd.by, now);
  return null;
}

/**
 * 成交 as one entry: orders and GMV move together or not at all (an undo that would take either below zero is
 * refused whole), each logged as its own increment so reports and sync need nothing new.
 */
export function sale(d: Draft, cmd: Cmd<'sale'>, now: number): Outcome {
  const { s } = d;
  if (cmd.gmvFen !== 0 && Math.sign(cmd.gmvFen) !== Math.sign(cmd.orders))
    return reject(
      'invalid_command',
      `a sale's orders (${cmd.orders}) and amount (${cmd.gmvFen} fen) must both be entries or both be undos`,
    );
  for (const [counter, by] of [
    ['orders', cmd.orders],
    ['gmvFen', cmd.gmvFen],
  ] as const) {
    const total = s.counters[counter] + by;
    if (total < 0) return reject('counter_below_zero', `${counter} is ${s.counters[counter]}: undoing ${-by} would take it below zero`);
    if (!Number.isSafeInteger(total)) return reject('invalid_command', `${counter} would leave the safe integer range`);
  }
  increment(d, { type: 'increment', counter: 'orders', by: cmd.orders, productId: cmd.productId }, now);
  if (cmd.gmvFen !== 0) increment(d, { type: 'increment', counter: 'gmvFen', by: cmd.gmvFen, productId: cmd.productId }, now);
  return null;
}

/**
 * Running cues whose measure moved: a task's progress (never below 0) is logged and its texts re-rendered; a flash
 * sale counts the orders taken while it runs (what is left of its quantity is on stream).
 */
function advanceTasks(d: Draft, counter: SessionCounter, by: number, now: number): void {
  const { s } = d;
  s.running.forEach((run, i) => {
    const cue = cueById(s, run.cueId);
    if (!cue) return;
    if (cue.type === 'flash_sale') {
      if (counter === 'orders') s.running[i] = { ...run, reached: Math.max(0, run.reached + by) };
      return;
    }
    if (cue.taskId === null) return;
    const task = s.catalog.tasks[cue.taskId];
    if (!task || task.counter !== counter) return;
    const reached = Math.max(0, run.reached + by);
    if (reached === run.reached) return;
    const next = { ...run, reached };
    s.running[i] = next;
    log(d, { type: 'task.progress', payload: { sessionId: s.sessionId, taskId: cue.taskId, target: task.target, reached, at: now } });
    obs(d, cue.id, textActionsUsing('task.progress', s, cue, next, now));
  });
}

/** Gauges are readings: the last one and the peak are kept. */
export function readGauge(d: Draft, cmd: Cmd<'readGauge'>, now: number): Outcome {
  const { s } = d;
  const prev = s.gauges[cmd.gauge];
  s.gauges[cmd.gauge] = { last: cmd.value, peak: Math.max(prev?.peak ?? 0, cmd.value), at: now };
  log(d, { type: 'gauge.read', payload: { sessionId: s.sessionId, gauge: cmd.gauge, value: cmd.value, at: now } });
  return null;
}
