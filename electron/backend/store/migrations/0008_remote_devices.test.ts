import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from '.';

describe('migration 0008 remote devices', () => {
  it('keeps earlier data, stores 32-byte token hashes once each, checks role, status and the switch row', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 7));
    db.prepare("INSERT INTO shows (id, name, created_at, updated_at) VALUES ('s1', '早场', 0, 0)").run();
    migrate(db, migrations.slice(0, 8));
    expect(db.prepare("SELECT name FROM shows WHERE id = 's1'").get()).toEqual({ name: '早场' });

    const insert = db.prepare(
      'INSERT INTO remote_devices (id, name, role, status, token_hash, created_at, confirmed_at) VALUES (?, ?, ?, ?, ?, 0, ?)',
    );
    const hash = (byte: number) => Buffer.alloc(32, byte);
    insert.run('d1', '小王的手机', 'control', 'pending', hash(1), null);
    insert.run('d2', 'iPad', 'view', 'active', hash(2), 5);
    expect(() => insert.run('d3', 'x', 'control', 'pending', hash(1), null)).toThrow(/UNIQUE/);
    expect(() => insert.run('d3', 'x', 'admin', 'pending', hash(3), null)).toThrow(/CHECK/);
    expect(() => insert.run('d3', 'x', 'view', 'revoked', hash(3), null)).toThrow(/CHECK/);
    expect(() => insert.run('d3', 'x', 'view', 'pending', Buffer.alloc(16), null)).toThrow(/CHECK/);
    expect(() => insert.run('d3', 'x', 'view', 'pending', 'a'.repeat(32), null)).toThrow(/BLOB/);
    expect(() => insert.run('d3', '', 'view', 'pending', hash(3), null)).toThrow(/CHECK/);
    expect(() => insert.run('d3', 'x', 'view', 'active', hash(3), null)).toThrow(/CHECK/);
    expect(() => insert.run('d3', 'x', 'view', 'pending', hash(3), 7)).toThrow(/CHECK/);

    const toggle = db.prepare('INSERT INTO remote_switch (id, enabled) VALUES (?, ?)');
    toggle.run(1, 1);
    expect(() => toggle.run(2, 0)).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE remote_switch SET enabled = 2').run()).toThrow(/CHECK/);
  });
});
