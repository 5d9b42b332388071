import { describe, expect, it } from 'vitest';
import { T0 } from '../../../test/support/domain/showFixture';
import { fresh, logs, play } from '../../../test/support/domain/testKit';
import { RuntimeCommand } from './commands';
import { reduce } from './reduce';

describe('成交 (sale): orders and amount as one entry', () => {
  it('counts both to the product named, each as its own logged increment', () => {
    const { state, effects } = play(fresh(), [[{ type: 'sale', orders: 2, gmvFen: 3980, productId: 'p1' }, T0]]);
    expect(state.counters.orders).toBe(2);
    expect(state.counters.gmvFen).toBe(3980);
    expect(
      logs(effects).flatMap((e) => (e.type === 'counter.incremented' ? [[e.payload.counter, e.payload.by, e.payload.productId]] : [])),
    ).toEqual([
      ['orders', 2, 'p1'],
      ['gmvFen', 3980, 'p1'],
    ]);
  });

  it('an undo takes back exactly the entry; one that would go below zero changes nothing', () => {
    const entered = play(fresh(), [[{ type: 'sale', orders: 1, gmvFen: 990, productId: null }, T0]]).state;
    const undone = reduce(entered, { type: 'sale', orders: -1, gmvFen: -990, productId: null }, T0 + 1000);
    expect(undone.rejected).toBeNull();
    expect([undone.state.counters.orders, undone.state.counters.gmvFen]).toEqual([0, 0]);

    const tooMuch = reduce(entered, { type: 'sale', orders: -1, gmvFen: -5000, productId: null }, T0 + 1000);
    expect(tooMuch.rejected?.reason).toBe('counter_below_zero');
    expect([tooMuch.state.counters.orders, tooMuch.state.counters.gmvFen]).toEqual([1, 990]);
    expect(logs(tooMuch.effects)).toEqual([]);
  });

  it('refuses mixed signs and zero orders', () => {
    const mixed = reduce(fresh(), { type: 'sale', orders: 1, gmvFen: -10, productId: null }, T0);
    expect(mixed.rejected?.reason).toBe('invalid_command');
    expect(RuntimeCommand.safeParse({ type: 'sale', orders: 0, gmvFen: 10, productId: null }).success).toBe(false);
  });
});
