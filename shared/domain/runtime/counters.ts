import type { RuntimeCommand } from './commands';
import { type Draft, log } from './lifecycle';
import { type Outcome, reject } from './result';

type Cmd<T extends RuntimeCommand['type']> = Extract<RuntimeCommand, { type: T }>;

/** Counters are sums of increments (a negative one corrects a mistyped tap); the log keeps every increment. */
export function increment(d: Draft, cmd: Cmd<'increment'>, now: number): Outcome {
  const { s } = d;
  const total = s.counters[cmd.counter] + cmd.by;
  if (!Number.isSafeInteger(total)) return reject('invalid_command', `${cmd.counter} would leave the safe integer range`);
  s.counters[cmd.counter] = total;
  log(d, {
    type: 'counter.incremented',
    payload: { sessionId: s.sessionId, counter: cmd.counter, by: cmd.by, at: now, productId: cmd.productId ?? null },
  });
  return null;
}

/** Gauges are readings: the last one and the peak are kept. */
export function readGauge(d: Draft, cmd: Cmd<'readGauge'>, now: number): Outcome {
  const { s } = d;
  const prev = s.gauges[cmd.gauge];
  s.gauges[cmd.gauge] = { last: cmd.value, peak: Math.max(prev?.peak ?? 0, cmd.value), at: now };
  log(d, { type: 'gauge.read', payload: { sessionId: s.sessionId, gauge: cmd.gauge, value: cmd.value, at: now } });
  return null;
}
