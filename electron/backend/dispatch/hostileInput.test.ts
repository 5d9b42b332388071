import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MAX_PAYLOAD_DEPTH } from '../../../shared/api/payloadShape';
import { tokenAuthorizer } from '../../transport/ws/token';
import { attachWebSocketTransport } from '../../transport/ws/wsTransport';
import { createBackend } from '../createBackend';

// A 1×1 transparent PNG: binary data as base64 must still get through the NUL check.
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('hostile input through the real dispatch', () => {
  let api: Awaited<ReturnType<typeof createBackend>>;
  let showId: string;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'livecue-hostile-'));
    api = await createBackend({ dataDir, appVersion: 't', host: 'serve' });
    const show = await api.dispatch('show.create', { name: '晚场' });
    if (!show.ok) throw new Error(show.error.message);
    showId = (show.value as { id: string }).id;
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses a NUL character in any string with INVALID_PAYLOAD at the field', async () => {
    expect(await api.dispatch('product.create', { sku: 'P1', title: '\u0000abc' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', path: ['title'], message: expect.stringContaining('NUL') },
    });
    expect(await api.dispatch('product.create', { sku: '\u0000x', title: '口红' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', path: ['sku'] },
    });
    expect(await api.dispatch('product.list', { query: 'a\u0000b' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', path: ['query'] },
    });
    // Deep inside a record, and in a key.
    expect(await api.dispatch('cue.insert', { showId, type: 'product', config: { notes: ['ok', 'x\u0000'] } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', path: ['config', 'notes', 1] },
    });
    expect(await api.dispatch('cue.insert', { showId, type: 'product', config: { 'k\u0000': 1 } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', path: ['config', 'k\u0000'] },
    });
    // Nothing was written.
    expect(await api.dispatch('product.list', {})).toMatchObject({ ok: true, value: { items: [] } });
  });

  it('keeps base64 and ordinary text working', async () => {
    expect(await api.dispatch('image.store', { dataBase64: PNG_1X1 })).toMatchObject({ ok: true, value: { created: true } });
    expect(await api.dispatch('product.create', { sku: 'P2', title: '口红 a\tb' })).toMatchObject({ ok: true });
  });

  it('refuses JSON nested 10,000 deep with INVALID_PAYLOAD naming the limit, not a stack overflow', async () => {
    const result = await api.dispatch('cue.insert', { showId, type: 'product', config: nested(10_000) as Record<string, unknown> });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', message: expect.stringContaining(`more than ${MAX_PAYLOAD_DEPTH} levels deep`) },
    });
    if (result.ok) return;
    expect(result.error.path?.slice(0, 2)).toEqual(['config', 'a']);
    expect(result.error.message).toMatch(/^Invalid payload for cue\.insert at "config\.a\.a\.…"/);
  });

  it('answers the same over the WebSocket transport, where the frame arrives as raw text', async () => {
    const server = createServer();
    const transport = attachWebSocketTransport(server, api, { authorize: tokenAuthorizer({ console: 't', overlay: () => 'o' }) });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const ws = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}/api/ws?token=t`);
    await new Promise((r) => ws.once('open', r));
    const reply = new Promise<string>((r) => ws.once('message', (m) => r(m.toString())));
    // JSON.stringify cannot even build this object; a hostile client just writes the text.
    const config = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    ws.send(`{"type":"invoke","id":7,"method":"cue.insert","payload":{"showId":"${showId}","type":"product","config":${config}}}`);
    expect(JSON.parse(await reply)).toMatchObject({
      id: 7,
      result: { ok: false, error: { code: 'INVALID_PAYLOAD', message: expect.stringContaining(`limit is ${MAX_PAYLOAD_DEPTH}`) } },
    });
    ws.close();
    await transport.close();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('lets a payload exactly at the depth limit reach the schema', async () => {
    // payload (1) → config (2) → … : the deepest object allowed is level MAX_PAYLOAD_DEPTH.
    const result = await api.dispatch('cue.insert', {
      showId,
      type: 'product',
      config: nested(MAX_PAYLOAD_DEPTH - 1) as Record<string, unknown>,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    if (result.ok) return;
    expect(result.error.message).not.toContain('levels deep');
  });

  /** Goes live with the show (one product cue) and returns a counter-increment helper for that session. */
  async function goLive() {
    const started = await api.dispatch('session.start', { showId });
    if (!started.ok) throw new Error(started.error.message);
    const { sessionId } = started.value as { sessionId: string };
    const count = (counter: string, by: number) =>
      api.dispatch('session.command', { sessionId, command: { type: 'increment', counter, by } });
    const end = () => api.dispatch('session.command', { sessionId, command: { type: 'end' } });
    return { sessionId, count, end };
  }

  it('refuses a correction that would take a counter below zero with CONFLICT, and logs nothing', async () => {
    const product = await api.dispatch('product.create', { sku: 'P9', title: '面霜' });
    if (!product.ok) throw new Error(product.error.message);
    const productId = (product.value as { id: string }).id;
    expect(await api.dispatch('cue.insert', { showId, type: 'product', config: { productId } })).toMatchObject({ ok: true });
    const { count, end } = await goLive();

    expect(await count('likes', 3)).toMatchObject({ ok: true });
    expect(await count('likes', -5)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'counter_below_zero', message: expect.stringContaining('below zero') },
    });
    expect(await count('likes', -3)).toMatchObject({ ok: true, value: { state: { counters: { likes: 0 } } } });
    expect(await end()).toMatchObject({ ok: true });
    // The refused correction was never logged: +3 and −3 only.
    const db = new Database(path.join(dataDir, 'livecue.db'), { readonly: true });
    const likes = db
      .prepare(
        "SELECT json_extract(payload, '$.by') AS byValue FROM events WHERE type = 'counter.incremented' AND json_extract(payload, '$.counter') = 'likes' ORDER BY rowid",
      )
      .all() as { byValue: number }[];
    db.close();
    expect(likes.map((r) => r.byValue)).toEqual([3, -3]);
  });

  it('gives the review of an absurd entry (GMV 10¹³ fen, one view): GPM 10¹⁶ fen is past 2^53 and still reported', async () => {
    const { sessionId, count, end } = await goLive();
    expect(await count('gmvFen', 10 ** 13)).toMatchObject({ ok: true });
    expect(await count('views', 1)).toMatchObject({ ok: true });
    expect(await end()).toMatchObject({ ok: true });
    expect(await api.dispatch('report.session', { sessionId })).toMatchObject({
      ok: true,
      value: { totals: { gmvFen: 10 ** 13, views: 1 }, derived: { gpmFen: 10 ** 16 } },
    });
    expect(await api.dispatch('report.export', { sessionId, format: 'csv', language: 'en' })).toMatchObject({ ok: true });
  });
});
