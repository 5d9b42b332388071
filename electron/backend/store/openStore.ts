import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { StoreNotice } from '../../../shared/domain/storeStatus';
import { type BackupFile, backupDirOf, createBackup, isDailyBackupDue, listBackups, pruneBackups } from './backups';
import { type Db, openConnection, schemaLevel } from './database';
import { checkFile, checkOpen } from './integrity';
import { DatabaseTooNewError, migrate } from './migrate';
import type { Migration } from './migration';
import { migrations as allMigrations } from './migrations';

export interface OpenStoreOptions {
  dataDir: string;
  fileName?: string;
  nativeBinding?: string;
  now: () => number;
  migrations?: readonly Migration[];
  /** Backups of each kind to keep. */
  keepBackups?: number;
}

export interface Store {
  db: Db;
  file: string;
  backupDir: string;
  /** What happened while opening that the user must be told (restores, damaged files). */
  notices: StoreNotice[];
  /** Takes the daily backup if one is due; safe to call on a timer. */
  dailyBackupIfDue(): Promise<BackupFile | null>;
}

/**
 * Opens the LiveCue database the careful way: integrity check first; a damaged file is moved aside
 * and the newest good backup restored; a backup before every migration; a daily backup kept.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const file = path.join(options.dataDir, options.fileName ?? 'livecue.db');
  const backupDir = backupDirOf(options.dataDir);
  const migrations = options.migrations ?? allMigrations;
  const keep = options.keepBackups ?? 7;
  const notices: StoreNotice[] = [];
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};

  if (existsSync(file)) {
    const integrity = checkExisting(file, migrations, binding.nativeBinding);
    if (!integrity.ok) notices.push(recover(file, options.dataDir, backupDir, integrity.problems, options.now(), binding.nativeBinding));
  }

  const db = openConnection({ file, migrations, ...binding });
  try {
    const level = schemaLevel(db);
    if (level > 0 && level < migrations.length) {
      const backup = await createBackup(db, backupDir, 'pre-migration', options.now());
      notices.push({ kind: 'migrated', fromLevel: level, toLevel: migrations.length, backupFile: backup.file });
    }
    migrate(db, migrations);
  } catch (error) {
    db.close();
    throw error;
  }

  const store: Store = {
    db,
    file,
    backupDir,
    notices,
    async dailyBackupIfDue() {
      if (!db.open || !isDailyBackupDue(backupDir, options.now())) return null;
      const backup = await createBackup(db, backupDir, 'daily', options.now());
      pruneBackups(backupDir, keep);
      return backup;
    },
  };
  await store.dailyBackupIfDue();
  pruneBackups(backupDir, keep);
  return store;
}

/** quick_check through a normal connection (a WAL database needs one to be read correctly). */
function checkExisting(
  file: string,
  migrations: readonly Migration[],
  nativeBinding: string | undefined,
): { ok: boolean; problems: string[] } {
  let db: Db | null = null;
  try {
    db = openConnection({ file, migrations, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    // Too new is not damage: let the caller refuse it with its own message.
    if (error instanceof DatabaseTooNewError) return { ok: true, problems: [] };
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
  try {
    return checkOpen(db);
  } finally {
    db.close();
  }
}

function recover(
  file: string,
  dataDir: string,
  backupDir: string,
  problems: string[],
  now: number,
  nativeBinding: string | undefined,
): StoreNotice {
  const damagedDir = path.join(dataDir, 'damaged');
  mkdirSync(damagedDir, { recursive: true });
  const damagedFile = path.join(damagedDir, `${path.basename(file, '.db')}-${now}.db`);
  renameSync(file, damagedFile);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, damagedFile + suffix);
  }
  const good = listBackups(backupDir).find((b) => checkFile(b.file, nativeBinding).ok);
  if (!good) return { kind: 'damaged_started_empty', damagedFile, problems };
  const partial = `${file}.restoring`;
  copyFileSync(good.file, partial);
  renameSync(partial, file);
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  return { kind: 'restored_from_backup', damagedFile, backupFile: good.file, backupTakenAt: good.takenAt, problems };
}
