import { type AccessRole, mayInvoke, maySubscribe } from '../../../shared/api/access';
import { type ApiResult, fail } from '../../../shared/api/errors';

/** The two entry points every transport calls. */
export interface ApiEntry {
  dispatch(method: string, payload: unknown): Promise<ApiResult<unknown>>;
  subscribe(topic: string, listener: (data: unknown) => void): ApiResult<() => void>;
}

const WHAT_OVERLAY_MAY = 'the overlay token can only read the live session, the settings and images';

/**
 * The API as a role may use it: the console gets it whole; the overlay page gets its read-only allow-list, and
 * anything else is refused with FORBIDDEN before it reaches a handler (or the write gate).
 */
export function guardForRole(api: ApiEntry, role: AccessRole): ApiEntry {
  if (role === 'console') return api;
  return {
    dispatch: (method, payload) =>
      mayInvoke(role, method)
        ? api.dispatch(method, payload)
        : Promise.resolve(fail('FORBIDDEN', `Not allowed to call "${method}": ${WHAT_OVERLAY_MAY}`, { reason: 'ROLE_FORBIDDEN' })),
    subscribe: (topic, listener) =>
      maySubscribe(role, topic)
        ? api.subscribe(topic, listener)
        : fail('FORBIDDEN', `Not allowed to subscribe to "${topic}": ${WHAT_OVERLAY_MAY}`, { reason: 'ROLE_FORBIDDEN' }),
  };
}
