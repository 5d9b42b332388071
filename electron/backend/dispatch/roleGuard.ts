import { type AccessRole, mayCommand, mayInvoke, maySubscribe } from '../../../shared/api/access';
import { type ApiResult, fail } from '../../../shared/api/errors';

/** The two entry points every transport calls. */
export interface ApiEntry {
  dispatch(method: string, payload: unknown): Promise<ApiResult<unknown>>;
  subscribe(topic: string, listener: (data: unknown) => void): ApiResult<() => void>;
}

/** What each limited role may do, for the refusal's message. */
const WHAT_ROLE_MAY: Record<Exclude<AccessRole, 'console'>, string> = {
  overlay: 'the overlay token can only read the live session, the settings and images',
  'remote-view': 'a view-only remote can only read the live session, talking points, settings and OBS status',
  'remote-control':
    'a control remote can run the show (GO, standby, counters, 成交, PANIC) and read it, but not end it, edit anything or manage devices',
};

/**
 * The API as a role may use it: the console gets it whole; the overlay page and paired devices get their
 * allow-lists (and a control remote only its live commands), and anything else is refused with FORBIDDEN before it
 * reaches a handler (or the write gate). A permitted command's own refusal (e.g. CONFLICT stale_standby for a GO
 * whose standby moved on) comes back from the backend unchanged.
 */
export function guardForRole(api: ApiEntry, role: AccessRole): ApiEntry {
  if (role === 'console') return api;
  const what = WHAT_ROLE_MAY[role];
  return {
    dispatch(method, payload) {
      if (!mayInvoke(role, method))
        return Promise.resolve(fail('FORBIDDEN', `Not allowed to call "${method}": ${what}`, { reason: 'ROLE_FORBIDDEN' }));
      const command = method === 'session.command' ? commandType(payload) : null;
      if (command !== null && !mayCommand(role, command))
        return Promise.resolve(
          fail('FORBIDDEN', `Not allowed to send ${command === '' ? 'a command without a type' : `the "${command}" command`}: ${what}`, {
            reason: 'COMMAND_FORBIDDEN',
            path: ['command', 'type'],
          }),
        );
      // A remote's GO always checks the standby it saw, even with the console's guard off: PC and phone are two operators.
      return api.dispatch(method, command === 'go' ? withStandbyCheck(payload) : payload);
    },
    subscribe: (topic, listener) =>
      maySubscribe(role, topic)
        ? api.subscribe(topic, listener)
        : fail('FORBIDDEN', `Not allowed to subscribe to "${topic}": ${what}`, { reason: 'ROLE_FORBIDDEN' }),
  };
}

function withStandbyCheck(payload: unknown): unknown {
  const { command } = payload as { command: Record<string, unknown> };
  return { ...(payload as object), command: { ...command, checkStandby: true } };
}

/**
 * The command's type as sent. A payload without a readable type is left to the contract's own validation
 * (INVALID_PAYLOAD), except that a limited role never gets past here with one: '' is allowed for nobody.
 */
function commandType(payload: unknown): string {
  if (typeof payload !== 'object' || payload === null || !('command' in payload)) return '';
  const command = payload.command;
  if (typeof command !== 'object' || command === null || !('type' in command)) return '';
  return typeof command.type === 'string' ? command.type : '';
}
