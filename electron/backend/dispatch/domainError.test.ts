import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createDispatcher } from './dispatcher';
import { DomainError } from './domainError';
import type { Handlers } from './handlers';
import { TopicHub } from './topicHub';

function dispatcherWith(thrown: unknown) {
  const handlers = {
    'app.ping': () => {
      throw thrown;
    },
  } as Partial<Handlers> as Handlers;
  return createDispatcher(handlers, new TopicHub());
}

describe('DomainError through the dispatcher', () => {
  it('reaches the client with its own code, message and field path instead of INTERNAL', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { dispatch } = dispatcherWith(new DomainError('CONFLICT', 'SKU "A" is already used', { path: ['sku'] }));
    expect(await dispatch('app.ping', { echo: 'x' })).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'SKU "A" is already used',
        path: ['sku'],
        issues: [{ path: ['sku'], message: 'SKU "A" is already used' }],
      },
    });
    expect(spy).not.toHaveBeenCalled(); // a refusal is not a bug: nothing logged as a failure
    spy.mockRestore();
  });

  it('still turns any other error into INTERNAL', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { dispatch } = dispatcherWith(new Error('boom'));
    expect(await dispatch('app.ping', { echo: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: 'app.ping failed: boom' },
    });
    spy.mockRestore();
  });

  it('builds field errors from zod failures, with a row prefix', () => {
    const result = z.object({ price: z.number().int() }).safeParse({ price: 1.5 });
    if (result.success) throw new Error('expected failure');
    const error = DomainError.fromZod(result.error, [3]);
    expect(error.code).toBe('INVALID_PAYLOAD');
    expect(error.path).toEqual([3, 'price']);
    expect(error.message).toMatch(/^Invalid at "3\.price": /);
    expect(error.toApiError().issues).toHaveLength(1);
  });

  it('names the missing thing for NOT_FOUND', () => {
    expect(DomainError.notFound('Product', 'p1', ['id']).toApiError()).toEqual({
      code: 'NOT_FOUND',
      message: 'Product p1 does not exist',
      path: ['id'],
      issues: [{ path: ['id'], message: 'Product p1 does not exist' }],
    });
  });
});
