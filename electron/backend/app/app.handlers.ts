import type { appMethods } from '../../../shared/api/methods/app.methods';
import type { BackendContext } from '../backendContext';
import type { DomainHandlers } from '../dispatch/handlers';
import { sqliteVersion } from '../store/database';

export function createAppHandlers(ctx: BackendContext): DomainHandlers<typeof appMethods> {
  const sqlite = sqliteVersion(ctx.db);
  return {
    'app.about': () => ({
      appName: 'LiveCue',
      version: ctx.appVersion,
      host: ctx.host,
      dataDir: ctx.dataDir,
      databaseFile: ctx.databaseFile,
      sqliteVersion: sqlite,
      nodeVersion: process.versions.node,
      electronVersion: ctx.electronVersion,
      platform: process.platform,
      arch: process.arch,
    }),
    'app.ping': ({ echo }) => ({ echo, serverTime: ctx.clock.now() }),
  };
}
