import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { m0001Settings } from './0001_settings';

describe('migration 0001 settings', () => {
  it('creates a strict key/value table from an empty database', () => {
    const db = new Database(':memory:');
    migrate(db, [m0001Settings]);
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('language', '"en"');
    expect(db.prepare('SELECT value FROM settings WHERE key = ?').get('language')).toEqual({ value: '"en"' });
    // STRICT: a non-text value is rejected rather than silently stored.
    expect(() => db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('n', Buffer.from([1]))).toThrow();
    expect(() => db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('language', '"x"')).toThrow(/UNIQUE/);
  });
});
