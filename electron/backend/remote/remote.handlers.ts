import type { remoteMethods } from '../../../shared/api/methods/remote.methods';
import type { DomainHandlers } from '../dispatch/handlers';
import type { RemoteService } from './remote.service';

export function createRemoteHandlers(remote: RemoteService): DomainHandlers<typeof remoteMethods> {
  return {
    'remote.info': () => remote.info(),
    'remote.setEnabled': ({ enabled }) => remote.setEnabled(enabled),
    'remote.offer': ({ role }) => remote.offer(role),
    'remote.cancelOffer': () => remote.cancelOffer(),
    'remote.confirm': ({ deviceId, accept }) => remote.confirm(deviceId, accept),
    'remote.revoke': ({ deviceId }) => remote.revoke(deviceId),
    'remote.openPresenter': () => remote.openPresenter(),
  };
}
