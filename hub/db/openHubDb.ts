import type { HubDatabaseConfig, HubDb } from './hubDb';
import { openPgliteHubDb } from './pgliteHubDb';
import { openPostgresHubDb } from './postgresHubDb';

export function openHubDb(config: HubDatabaseConfig): Promise<HubDb> {
  return config.kind === 'postgres' ? openPostgresHubDb(config.url) : openPgliteHubDb(config.dataDir);
}
