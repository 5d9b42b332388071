import { isMethodName, isTopicName, type MethodName, methods } from '../../../shared/api/contract';
import { type ApiResult, fail, issuesToError, ok } from '../../../shared/api/errors';
import { findHostileShape } from '../../../shared/api/payloadShape';
import { WriteGate } from '../store/writeGate';
import { DomainError } from './domainError';
import type { Handlers } from './handlers';
import type { TopicHub } from './topicHub';

/**
 * The one entry for every command and query, whatever its origin. Validates input against the
 * contract, runs the handler, validates output (a handler bug becomes INTERNAL, not bad data on
 * the wire), and never throws. A DomainError from a service reaches the client with its own code and path.
 */
export function createDispatcher(handlers: Handlers, hub: TopicHub, gate: WriteGate = new WriteGate()) {
  async function dispatch(method: string, payload: unknown): Promise<ApiResult<unknown>> {
    if (!isMethodName(method)) return fail('UNKNOWN_METHOD', `Unknown method "${method}"`);
    const spec = methods[method];
    // Before the schema: a too-deep document would overflow its stack, and a NUL would pass every text rule.
    const hostile = findHostileShape(payload);
    if (hostile) {
      const where = hostile.path.length > 0 ? ` at "${hostile.path.slice(0, 3).join('.')}${hostile.path.length > 3 ? '.…' : ''}"` : '';
      return fail('INVALID_PAYLOAD', `Invalid payload for ${method}${where}: ${hostile.message}`, {
        path: hostile.path,
        issues: [hostile],
      });
    }
    const parsed = spec.input.safeParse(payload ?? {});
    if (!parsed.success) return { ok: false, error: issuesToError('INVALID_PAYLOAD', `Invalid payload for ${method}`, parsed.error) };
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      // Commands pass the write gate so they never collide with a long write in progress.
      const value =
        spec.kind === 'command' || spec.kind === 'live'
          ? await gate.run(() => handler(parsed.data), { priority: spec.kind === 'live' })
          : await handler(parsed.data);
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        console.error(`[livecue] ${method} produced output that breaks the contract`, checked.error.issues);
        return fail('INTERNAL', `${method} failed: the backend produced an invalid result`);
      }
      return ok(checked.data);
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error: error.toApiError() };
      const message = error instanceof Error ? error.message : String(error);
      console.error(`[livecue] ${method} failed`, error);
      return fail('INTERNAL', `${method} failed: ${message}`);
    }
  }

  function subscribe(topic: string, listener: (data: unknown) => void): ApiResult<() => void> {
    if (!isTopicName(topic)) return fail('UNKNOWN_TOPIC', `Unknown topic "${topic}"`);
    return ok(hub.subscribe(topic, listener));
  }

  return { dispatch, subscribe };
}

export type MethodList = readonly MethodName[];
