import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { HubQueryable } from '../db/hubDb';
import { createHubHandlers } from './hubHandlers';
import { registerEndpoints } from './registerEndpoints';

/** No route below reaches the database; one that did would fail loudly. */
const noDb: HubQueryable & { kind: 'pglite'; transaction: never; close: never } = {
  kind: 'pglite',
  query: () => Promise.reject(new Error('no database in this test')),
  transaction: undefined as never,
  close: undefined as never,
};

function app(health: () => Promise<unknown>, validateResponses: boolean) {
  const server = Fastify();
  const handlers = createHubHandlers({ db: noDb, clock: () => 1, ensurePartition: async () => {} });
  registerEndpoints(server, { ...handlers, health: health as typeof handlers.health }, { db: noDb, clock: () => 1, validateResponses });
  return server;
}

describe('registerEndpoints', () => {
  it('answers an answer that breaks the contract as INTERNAL when validating responses', async () => {
    const broken = async () => ({ ok: true, version: '1', database: 'oracle', hubTime: 1 });
    const res = await app(broken, true).inject({ url: '/v1/health' });
    expect([res.statusCode, res.json().error.code]).toEqual([500, 'INTERNAL']);
    expect((await app(broken, false).inject({ url: '/v1/health' })).statusCode).toBe(200);
  });

  it('refuses a device route without a credential before the handler runs', async () => {
    const res = await app(async () => ({}), true).inject({ url: '/v1/publications' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'An Authorization: Bearer credential is required.' } });
  });
});
