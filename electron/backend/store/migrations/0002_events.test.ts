import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { m0001Settings } from './0001_settings';
import { m0002Events } from './0002_events';

describe('migration 0002 events', () => {
  it('upgrades a level-1 database with settings intact, creating a device id', () => {
    const db = new Database(':memory:');
    migrate(db, [m0001Settings]);
    db.prepare("INSERT INTO settings VALUES ('language', '\"en\"')").run();
    migrate(db, [m0001Settings, m0002Events]);
    expect(db.prepare('SELECT value FROM settings').get()).toEqual({ value: '"en"' });
    const device = db.prepare('SELECT device_id FROM device').get() as { device_id: string };
    expect(device.device_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(() => db.prepare('INSERT INTO device (id, device_id, created_at) VALUES (2, ?, 0)').run('x')).toThrow(/CHECK/);
  });

  it('makes events append-only and payloads valid JSON', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, [m0001Settings, m0002Events]);
    const insert = db.prepare(
      "INSERT INTO events (event_id, device_id, type, schema_version, wall_time, mono_ms, payload) VALUES (?, 'd', 't', 1, 0, 0, ?)",
    );
    insert.run('a', '{}');
    expect(() => insert.run('b', 'not json')).toThrow(/CHECK/);
    expect(() => insert.run('a', '{}')).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE events SET type = 'x'").run()).toThrow('events are append-only');
    expect(() => db.prepare('DELETE FROM events').run()).toThrow('events are append-only');
    expect(() => db.prepare('INSERT INTO outbox (seq) VALUES (99)').run()).toThrow(/FOREIGN KEY/);
  });
});
