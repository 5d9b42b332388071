import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackups } from './backups';
import type { Migration } from './migration';
import { migrations } from './migrations';
import { openStore } from './openStore';

const DAY = 24 * 60 * 60 * 1000;
const tmpDir = () => mkdtempSync(path.join(tmpdir(), 'livecue-store-'));

async function seeded(dataDir: string, now: number) {
  const store = await openStore({ dataDir, now: () => now });
  store.db.prepare("INSERT INTO settings VALUES ('language', '\"zh-CN\"')").run();
  return store;
}

describe('openStore', () => {
  it('creates the database and a first daily backup', async () => {
    const dataDir = tmpDir();
    const store = await openStore({ dataDir, now: () => 1_000 });
    expect(store.notices).toEqual([]);
    expect(store.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(listBackups(store.backupDir).map((b) => [b.reason, b.takenAt])).toEqual([['daily', 1_000]]);
    store.db.close();
  });

  it('takes a daily backup only when a day has passed and keeps the newest N', async () => {
    const dataDir = tmpDir();
    let now = 10 * DAY;
    const store = await openStore({ dataDir, now: () => now, keepBackups: 2 });
    now += DAY / 2;
    expect(await store.dailyBackupIfDue()).toBeNull();
    for (let i = 0; i < 3; i++) {
      now += DAY;
      expect(await store.dailyBackupIfDue()).not.toBeNull();
    }
    const kept = listBackups(store.backupDir);
    expect(kept.map((b) => b.takenAt)).toEqual([now, now - DAY]);
    store.db.close();
  });

  it('backs up before migrating an existing database, and the backup holds the old level and data', async () => {
    const dataDir = tmpDir();
    const v1 = migrations.slice(0, 1);
    const old = await openStore({ dataDir, now: () => 5_000, migrations: v1 });
    old.db.prepare("INSERT INTO settings VALUES ('language', '\"en\"')").run();
    old.db.close();

    const store = await openStore({ dataDir, now: () => 6_000 });
    expect(store.notices).toEqual([
      { kind: 'migrated', fromLevel: 1, toLevel: migrations.length, backupFile: expect.stringContaining('pre-migration') },
    ]);
    const notice = store.notices[0];
    if (notice?.kind !== 'migrated') throw new Error('expected a migration notice');
    const backup = new Database(notice.backupFile, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT value FROM settings').get()).toEqual({ value: '"en"' });
    backup.close();
    expect(store.db.prepare('SELECT value FROM settings').get()).toEqual({ value: '"en"' });
    store.db.close();
  });

  it('keeps no half-migrated state when a migration fails, and the pre-migration backup exists', async () => {
    const dataDir = tmpDir();
    const v1 = migrations.slice(0, 1);
    (await openStore({ dataDir, now: () => 1, migrations: v1 })).db.close();
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up: () => {
        throw new Error('migration 2 exploded');
      },
    };
    await expect(openStore({ dataDir, now: () => 2, migrations: [...v1, broken] })).rejects.toThrow('migration 2 exploded');
    expect(listBackups(path.join(dataDir, 'backups')).some((b) => b.reason === 'pre-migration')).toBe(true);
    const db = new Database(path.join(dataDir, 'livecue.db'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });

  it('moves a damaged database aside, restores the newest good backup and says so', async () => {
    const dataDir = tmpDir();
    const first = await seeded(dataDir, 1 * DAY);
    first.db.close();
    // A second backup a day later, then damage the live file.
    const second = await openStore({ dataDir, now: () => 2 * DAY });
    second.db.prepare('UPDATE settings SET value = \'"en"\'').run();
    second.db.close();
    const file = path.join(dataDir, 'livecue.db');
    const original = readFileSync(file);
    smash(file);

    const store = await openStore({ dataDir, now: () => 3 * DAY });
    const notice = store.notices[0];
    expect(notice).toMatchObject({ kind: 'restored_from_backup', backupTakenAt: 2 * DAY });
    if (notice?.kind !== 'restored_from_backup') throw new Error('expected a restore');
    expect(notice.damagedFile).toBe(path.join(dataDir, 'damaged', `livecue-${3 * DAY}.db`));
    expect(notice.problems.length).toBeGreaterThan(0);
    // The damaged file is kept byte for byte except the damage, for support to look at.
    expect(readFileSync(notice.damagedFile).length).toBe(original.length);
    // The restored database is the state of the 2-day backup (taken before the UPDATE).
    expect(store.db.prepare('SELECT value FROM settings').get()).toEqual({ value: '"zh-CN"' });
    expect(store.db.pragma('quick_check', { simple: true })).toBe('ok');
    store.db.close();
  });

  it('skips a damaged backup and falls back to an older good one', async () => {
    const dataDir = tmpDir();
    (await seeded(dataDir, 1 * DAY)).db.close();
    (await openStore({ dataDir, now: () => 2 * DAY })).db.close();
    const [newest] = listBackups(path.join(dataDir, 'backups'));
    if (!newest) throw new Error('no backup');
    writeFileSync(newest.file, 'not a database at all, just text that is long enough to be a header.....');
    writeFileSync(path.join(dataDir, 'livecue.db'), 'garbage garbage garbage garbage garbage garbage garbage garbage garbage');
    const store = await openStore({ dataDir, now: () => 3 * DAY });
    expect(store.notices[0]).toMatchObject({ kind: 'restored_from_backup', backupTakenAt: 1 * DAY });
    store.db.close();
  });

  it('starts empty when nothing good is left, and says where the damaged file is', async () => {
    const dataDir = tmpDir();
    writeFileSync(path.join(dataDir, 'livecue.db'), 'this is not a database, it is a text file of some length....');
    const store = await openStore({ dataDir, now: () => 7 });
    expect(store.notices).toEqual([
      {
        kind: 'damaged_started_empty',
        damagedFile: path.join(dataDir, 'damaged', 'livecue-7.db'),
        problems: [expect.stringMatching(/not a database/)],
      },
    ]);
    expect(existsSync(path.join(dataDir, 'damaged', 'livecue-7.db'))).toBe(true);
    store.db.close();
  });

  it('refuses a database from a newer LiveCue without backing it up or changing it', async () => {
    const dataDir = tmpDir();
    const file = path.join(dataDir, 'livecue.db');
    const raw = new Database(file);
    raw.pragma('user_version = 999');
    raw.close();
    const before = readFileSync(file);
    await expect(openStore({ dataDir, now: () => 1 })).rejects.toThrow(/newer LiveCue/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(path.join(dataDir, 'backups'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'damaged'))).toBe(false);
  });
});

/** Overwrites the start (b-tree header) of every page after the first so SQLite's checks fail but the header stays. */
function smash(file: string) {
  const size = readFileSync(file).length;
  const fd = openSync(file, 'r+');
  for (let offset = 4096; offset < size; offset += 4096) writeSync(fd, Buffer.alloc(200, 0xa5), 0, 200, offset);
  closeSync(fd);
}
