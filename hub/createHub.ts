import Fastify, { type FastifyInstance } from 'fastify';
import { createHubAdmin, type HubAdmin } from './admin/hubAdmin';
import { createEventPartitions } from './db/eventPartitions';
import type { HubDatabaseConfig, HubDb } from './db/hubDb';
import { migrate } from './db/migrate';
import { openHubDb } from './db/openHubDb';
import { createHubHandlers } from './http/hubHandlers';
import { registerEndpoints } from './http/registerEndpoints';

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
}

export interface CreateHubOptions {
  database: HubDatabaseConfig;
  clock?: () => number;
  logger?: boolean;
  /** Check answers against the contract before sending (default on). */
  validateResponses?: boolean;
}

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
  const app = Fastify({ logger: options.logger ?? false });
  const handlers = createHubHandlers({ db, clock, ensurePartition: createEventPartitions(db) });
  registerEndpoints(app, handlers, { db, clock, validateResponses: options.validateResponses ?? true });
  await app.ready();
  return {
    app,
    db,
    admin: createHubAdmin(db, clock),
    async listen(port = 8787, host = '127.0.0.1') {
      await app.listen({ port, host });
      const address = app.server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      return `http://${host.includes(':') ? `[${host}]` : host}:${bound}`;
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
