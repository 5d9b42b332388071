import { describe, expect, it } from 'vitest';
import { requestOrder } from './requestOrder';

describe('the order of polled answers', () => {
  it('drops an older answer that lands after a newer one', () => {
    const order = requestOrder();
    const poll = order.next();
    const reloadAfterRevoke = order.next();
    expect(reloadAfterRevoke.settle()).toBe(true);
    expect(poll.settle()).toBe(false);
  });

  it('applies answers that land in order, and a slow one while nothing newer has landed', () => {
    const order = requestOrder();
    const first = order.next();
    const second = order.next();
    expect(first.settle()).toBe(true);
    expect(second.settle()).toBe(true);
  });

  it('applies an answer once', () => {
    const order = requestOrder();
    const only = order.next();
    expect(only.settle()).toBe(true);
    expect(only.settle()).toBe(false);
  });

  it('drops every answer pending when what they asked about is no longer shown', () => {
    const order = requestOrder();
    const forOldKey = order.next();
    order.dropPending();
    const forNewKey = order.next();
    expect(forOldKey.settle()).toBe(false);
    expect(forNewKey.settle()).toBe(true);
  });
});
