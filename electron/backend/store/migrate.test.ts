import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { DatabaseTooNewError, migrate } from './migrate';
import type { Migration } from './migration';

const tmpFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'livecue-db-')), 'test.db');

const two: Migration[] = [
  { version: 1, name: 'a', up: (db) => db.exec('CREATE TABLE a (x INTEGER)') },
  { version: 2, name: 'b', up: (db) => db.exec('CREATE TABLE b (y INTEGER)') },
];

describe('migrate', () => {
  it('applies pending migrations in order and records the level', () => {
    const db = new Database(':memory:');
    expect(migrate(db, [two[1] as Migration, two[0] as Migration])).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('a','b')").get()).toEqual({ n: 2 });
  });

  it('runs only what is new on a second open', () => {
    const db = new Database(':memory:');
    migrate(db, two.slice(0, 1));
    db.prepare('INSERT INTO a VALUES (7)').run();
    migrate(db, two);
    expect(db.prepare('SELECT x FROM a').get()).toEqual({ x: 7 });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('rolls back a failing migration together with its version bump', () => {
    const db = new Database(':memory:');
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up: (d) => {
        d.exec('CREATE TABLE half (z INTEGER)');
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, [two[0] as Migration, broken])).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
  });

  it('refuses a database from a newer version without touching it', () => {
    const file = tmpFile();
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => openDatabase({ file })).toThrow(DatabaseTooNewError);
    expect(() => openDatabase({ file })).toThrow(/newer LiveCue \(schema level 99/);
    const again = new Database(file);
    expect(again.pragma('user_version', { simple: true })).toBe(99);
    expect(again.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'settings'").get()).toEqual({ n: 0 });
    again.close();
  });

  it('rejects a migration list with a gap', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [two[1] as Migration])).toThrow(/expected version 1/);
  });
});

describe('openDatabase', () => {
  it('sets the durability pragmas', () => {
    const db = openDatabase({ file: tmpFile() });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });
});
