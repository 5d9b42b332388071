import type { storeMethods } from '../../../shared/api/methods/store.methods';
import type { BackendContext } from '../backendContext';
import type { DomainHandlers } from '../dispatch/handlers';
import { listBackups } from './backups';
import { schemaLevel } from './database';
import type { Store } from './openStore';

export function createStoreHandlers(ctx: BackendContext, store: Store): DomainHandlers<typeof storeMethods> {
  return {
    'store.status': () => ({
      databaseFile: store.file,
      schemaLevel: schemaLevel(ctx.db),
      deviceId: ctx.events.deviceId,
      notices: store.notices,
      backups: listBackups(store.backupDir),
      outboxSize: ctx.events.outboxSize(),
    }),
  };
}
