import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../store/database';
import { createEventStore } from './eventStore';
import { UUID_V7 } from './uuidv7';

function setup() {
  const db = openDatabase({ file: path.join(mkdtempSync(path.join(tmpdir(), 'livecue-ev-')), 'e.db') });
  let t = 1_700_000_000_000;
  const clock = { now: () => t++, monotonic: () => 5.5 };
  return { db, events: createEventStore(db, clock) };
}

describe('event store', () => {
  it('appends with UUIDv7 ids, gap-free seq, device id, and an outbox entry each', () => {
    const { db, events } = setup();
    const a = events.append({ type: 'settings.changed', payload: { language: 'en' } });
    const [b, c] = events.appendMany([
      { type: 'x', payload: [1], sessionId: 's1' },
      { type: 'y', payload: null, sessionId: 's1', schemaVersion: 3 },
    ]);
    expect(a.eventId).toMatch(UUID_V7);
    expect([a.seq, b?.seq, c?.seq]).toEqual([1, 2, 3]);
    expect(a.deviceId).toBe(events.deviceId);
    expect(events.outboxSize()).toBe(3);
    expect(events.listSession('s1').map((e) => [e.type, e.schemaVersion, e.payload])).toEqual([
      ['x', 1, [1]],
      ['y', 3, null],
    ]);
    expect(events.listAfter(1)).toHaveLength(2);
    expect(events.listAfter(0)[0]).toEqual(a);
    db.close();
  });

  it('commits with the caller transaction and rolls back with it', () => {
    const { db, events } = setup();
    const change = db.transaction((fail: boolean) => {
      db.prepare("INSERT INTO settings VALUES ('k', '1') ON CONFLICT(key) DO UPDATE SET value = '2'").run();
      events.append({ type: 'settings.changed', payload: {} });
      if (fail) throw new Error('half way');
    });
    change(false);
    expect(() => change(true)).toThrow('half way');
    expect(events.lastSeq()).toBe(1);
    expect(events.outboxSize()).toBe(1);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'k'").get()).toEqual({ value: '1' });
    // The next event takes the next number: no gap left by the rolled-back one.
    expect(events.append({ type: 'z', payload: {} }).seq).toBe(2);
    db.close();
  });

  it('tells listeners each time an event enters the log, until they unsubscribe', () => {
    const { events } = setup();
    let heard = 0;
    const stop = events.onAppend(() => heard++);
    events.append({ type: 'a', payload: null });
    events.appendMany([
      { type: 'b', payload: null },
      { type: 'c', payload: null },
    ]);
    stop();
    events.append({ type: 'd', payload: null });
    expect(heard).toBe(3);
  });

  it('keeps the same device id across reopen', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'livecue-ev-'));
    const file = path.join(dir, 'e.db');
    const clock = { now: () => 1, monotonic: () => 1 };
    const db1 = openDatabase({ file });
    const id = createEventStore(db1, clock).deviceId;
    db1.close();
    const db2 = openDatabase({ file });
    expect(createEventStore(db2, clock).deviceId).toBe(id);
    db2.close();
  });
});
