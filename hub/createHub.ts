import Fastify, { type FastifyInstance } from 'fastify';
import { createHubAdmin, type HubAdmin } from './admin/hubAdmin';
import { createEventPartitions } from './db/eventPartitions';
import type { HubDatabaseConfig, HubDb } from './db/hubDb';
import { migrate } from './db/migrate';
import { openHubDb } from './db/openHubDb';
import { DEFAULT_CONSOLE_DIR, registerConsoleStatic } from './http/consoleStatic';
import { createHubHandlers } from './http/hubHandlers';
import { registerEndpoints } from './http/registerEndpoints';
import { createReportRefresher } from './reports/reportRefresher';

export type { HubAdmin } from './admin/hubAdmin';
export type { HubDatabaseConfig } from './db/hubDb';

export interface Hub {
  /** Routes registered, ready for `app.inject()`. */
  app: FastifyInstance;
  /** Starts listening; returns the base URL, e.g. http://127.0.0.1:8787. */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
  admin: HubAdmin;
  db: HubDb;
  /** Recomputes every stale session review now (what the background refresher does each interval); resolves with how many. */
  refreshReports(): Promise<number>;
}

export interface CreateHubOptions {
  database: HubDatabaseConfig;
  clock?: () => number;
  logger?: boolean;
  /** Check answers against the contract before sending (default on). */
  validateResponses?: boolean;
  /** How often stale session reviews are recomputed in the background, ms (default 2000); null turns it off (tests). */
  reportRefreshMs?: number | null;
  /**
   * Behind a reverse proxy: the proxy's address(es) or CIDR(s), comma-separated, whose X-Forwarded-For
   * names the client. Without it every store behind the proxy shares one address, and so one enrollment rate limit.
   */
  trustProxy?: string;
  /** The built web console served at /console/ (default: out/renderer/console in this repo). */
  consoleDir?: string;
}

const DEFAULT_REPORT_REFRESH_MS = 2000;

/** A hub process: opens and migrates the database, registers the contract's routes. All state is in the database. */
export async function createHub(options: CreateHubOptions): Promise<Hub> {
  const clock = options.clock ?? Date.now;
  const db = await openHubDb(options.database);
  try {
    await migrate(db, clock);
  } catch (error) {
    await db.close();
    throw error;
  }
  // Closing drops connections still mid-request (a store that went away half-way through an upload): its
  // transaction rolls back and the store resends, so nothing waits for it.
  const app = Fastify({
    logger: options.logger ?? false,
    forceCloseConnections: true,
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
  });
  const handlers = createHubHandlers({ db, clock, ensurePartition: createEventPartitions(db) });
  registerEndpoints(app, handlers, { db, clock, validateResponses: options.validateResponses ?? true });
  registerConsoleStatic(app, options.consoleDir ?? DEFAULT_CONSOLE_DIR);
  await app.ready();
  const refresher = createReportRefresher(
    db,
    clock,
    options.reportRefreshMs === undefined ? DEFAULT_REPORT_REFRESH_MS : options.reportRefreshMs,
  );
  return {
    app,
    db,
    admin: createHubAdmin(db, clock),
    refreshReports: () => refresher.refreshStale(),
    async listen(port = 8787, host = '127.0.0.1') {
      await app.listen({ port, host });
      const address = app.server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      return `http://${host.includes(':') ? `[${host}]` : host}:${bound}`;
    },
    async close() {
      await refresher.stop();
      await app.close();
      await db.close();
    },
  };
}
