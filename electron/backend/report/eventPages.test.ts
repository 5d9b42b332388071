import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogTestContext } from '../../../test/support/backend/catalogTestContext';
import { pageRows, preparePageReader } from './eventPages';

describe('event pages', () => {
  const contexts: ReturnType<typeof catalogTestContext>[] = [];
  afterEach(() => {
    for (const c of contexts.splice(0)) {
      c.db.close();
      rmSync(c.dataDir, { recursive: true, force: true });
    }
  });

  it('gives back stored payloads decoded, in seq order, a page at a time', () => {
    const ctx = catalogTestContext();
    contexts.push(ctx);
    // Text that would break a page joined carelessly: quotes, backslashes, brackets and commas, CJK, a lone \u2028.
    const payloads = [
      { sessionId: 's', title: '"],[1,"x",{}]', at: 1 },
      { sessionId: 's', title: 'C:\\商品\\新品', note: 'a\u2028b', at: 2 },
      { sessionId: 'other', at: 3 },
      { sessionId: 's', nested: { list: [1, [2, { deep: null }]], empty: {} }, at: 4 },
      { sessionId: 's', at: 5 },
    ];
    ctx.events.appendMany(payloads.map((payload) => ({ type: 'panic', sessionId: payload.sessionId, payload })));
    const read = preparePageReader<[sessionId: string]>(ctx.db, 'FROM events WHERE session_id = ? AND seq > ? ORDER BY seq LIMIT ?');

    const first = read('s', 0, 2);
    const second = read('s', first.at(-1)?.[0] ?? 0, 2);
    const last = read('s', second.at(-1)?.[0] ?? 0, 2);
    const rows = [...first, ...second, ...last];
    expect(rows.map((r) => r.length)).toEqual([3, 3, 3, 3]);
    expect(rows.map((r) => r[1])).toEqual(['panic', 'panic', 'panic', 'panic']);
    expect(rows.map((r) => r[2])).toEqual(payloads.filter((p) => p.sessionId === 's'));
    expect(rows.map((r) => r[0])).toEqual([...rows.map((r) => r[0])].sort((a, b) => a - b));
    expect(read('s', rows.at(-1)?.[0] ?? 0, 2)).toEqual([]);
  });

  it('gives back a type with quotes and backslashes, and payloads that are not objects', () => {
    const ctx = catalogTestContext();
    contexts.push(ctx);
    const type = 'odd"type\\with\\slashes';
    const payloads: unknown[] = [null, 'text "quoted"', 42, [1, '2']];
    const insert = ctx.db.prepare(
      `INSERT INTO events (event_id, device_id, type, schema_version, session_id, wall_time, mono_ms, payload)
       VALUES (?, 'd', ?, 1, 's', 0, 0, ?)`,
    );
    for (const [i, payload] of payloads.entries()) insert.run(`e${i}`, type, JSON.stringify(payload));
    const read = preparePageReader<[sessionId: string]>(ctx.db, 'FROM events WHERE session_id = ? AND seq > ? ORDER BY seq LIMIT ?');
    const rows = read('s', 0, 10);
    expect(rows.map((r) => r[1])).toEqual(payloads.map(() => type));
    expect(rows.map((r) => r[2])).toEqual(payloads);
  });

  it('puts a page that comes back out of order in order', () => {
    expect(pageRows('[[3,"b",{"n":3}],[1,"a",{"n":1}],[2,"c",[2]]]')).toEqual([
      [1, 'a', { n: 1 }],
      [2, 'c', [2]],
      [3, 'b', { n: 3 }],
    ]);
    expect(pageRows(null)).toEqual([]);
  });
});
