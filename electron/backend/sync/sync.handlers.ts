import type { syncMethods } from '../../../shared/api/methods/sync.methods';
import type { DomainHandlers } from '../dispatch/handlers';
import type { SyncService } from './sync.service';

export function createSyncHandlers(sync: SyncService): DomainHandlers<typeof syncMethods> {
  return {
    'sync.status': () => sync.status(),
    'sync.enroll': (input) => sync.enroll(input),
    'sync.leave': () => sync.leave(),
    'sync.now': () => sync.syncNow(),
    'sync.producerSignIn': (input) => sync.producerSignIn(input),
    'sync.producerSignOut': () => sync.producerSignOut(),
    'sync.targets': () => sync.targets(),
    'sync.publishShow': ({ showId, target }) => sync.publishShow(showId, target),
    'sync.publishCatalog': ({ target }) => sync.publishCatalog(target),
    'sync.publishCoupons': ({ target }) => sync.publishCoupons(target),
  };
}
