import type { sessionMethods } from '../../../shared/api/methods/session.methods';
import { toSessionUpdate } from '../../../shared/domain/session/sessionView';
import type { DomainHandlers } from '../dispatch/handlers';
import type { SessionService } from './session.service';

export function createSessionHandlers(sessions: SessionService): DomainHandlers<typeof sessionMethods> {
  return {
    'session.preflight': ({ showId }) => sessions.preflight(showId),
    'session.start': ({ showId, outputs }) => sessions.goLive(showId, outputs),
    'session.command': ({ sessionId, command }) => toSessionUpdate(sessions.command(sessionId, command)),
    'session.current': () => sessions.current(),
  };
}
