import type { syncMethods } from '../../../shared/api/methods/sync.methods';
import type { SyncStatus } from '../../../shared/domain/sync/syncStatus';
import type { BackendContext } from '../backendContext';
import { DomainError } from '../dispatch/domainError';
import type { DomainHandlers } from '../dispatch/handlers';

// Placeholder until the sync client lands: not enrolled, and every action says so.
export function createSyncHandlers(ctx: BackendContext): DomainHandlers<typeof syncMethods> {
  const status = (): SyncStatus => ({
    hubUrl: null,
    store: null,
    deviceName: null,
    state: 'off',
    pendingEvents: ctx.events.outboxSize(),
    lastSyncAt: null,
    lastError: null,
    clockSkewMs: null,
    publications: { received: 0, deferred: 0, failed: 0 },
    producer: null,
  });
  const unavailable = (): never => {
    throw new DomainError('CONFLICT', 'Head-office sync is not built yet', { reason: 'NOT_BUILT' });
  };
  return {
    'sync.status': status,
    'sync.enroll': unavailable,
    'sync.leave': unavailable,
    'sync.now': unavailable,
    'sync.producerSignIn': unavailable,
    'sync.producerSignOut': unavailable,
    'sync.targets': unavailable,
    'sync.publishShow': unavailable,
  };
}
