import type { sessionMethods } from '../../../shared/api/methods/session.methods';
import type { DomainHandlers } from '../dispatch/handlers';
import type { SessionService } from './session.service';

export function createSessionHandlers(sessions: SessionService): DomainHandlers<typeof sessionMethods> {
  return {
    'session.preflight': ({ showId }) => sessions.preflight(showId),
    'session.start': ({ showId, outputs }) => sessions.goLive(showId, outputs),
    'session.command': ({ sessionId, command }) => sessions.command(sessionId, command),
    'session.current': () => sessions.current(),
  };
}
