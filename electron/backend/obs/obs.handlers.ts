import type { obsMethods } from '../../../shared/api/methods/obs.methods';
import type { DomainHandlers } from '../dispatch/handlers';

/** OBS control arrives with its own issue; until then the state is honestly "not configured". */
export function createObsHandlers(): DomainHandlers<typeof obsMethods> {
  return {
    'obs.status': () => ({ state: 'not_configured' as const }),
  };
}
