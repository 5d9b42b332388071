import type { HubDatabaseConfig } from '../../hub/db/hubDb';
import { type PostgresCluster, postgresAvailable, startPostgresCluster } from './postgresCluster';

/**
 * The two databases a hub runs on, for `describe.each`. PGlite: in memory (each call gives a fresh one).
 * PostgreSQL: one throwaway cluster per test file, a fresh database per call. A file using it calls
 * `afterAll(stopHubBackends)`.
 */
export interface HubBackend {
  name: 'pglite' | 'postgres';
  database(): Promise<HubDatabaseConfig>;
}

let cluster: Promise<PostgresCluster> | null = null;

function sharedCluster(): Promise<PostgresCluster> {
  if (!cluster) {
    cluster = startPostgresCluster();
  }
  return cluster;
}

export function hubBackends(): HubBackend[] {
  const backends: HubBackend[] = [{ name: 'pglite', database: async () => ({ kind: 'pglite', dataDir: null }) }];
  if (postgresAvailable()) {
    backends.push({ name: 'postgres', database: async () => ({ kind: 'postgres', url: await (await sharedCluster()).createDatabase() }) });
  }
  return backends;
}

export async function stopHubBackends(): Promise<void> {
  const started = cluster;
  cluster = null;
  if (started) await (await started).stop();
}
