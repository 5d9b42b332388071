import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Db } from './database';

export type BackupReason = 'pre-migration' | 'daily';

export interface BackupFile {
  file: string;
  reason: BackupReason;
  /** Epoch ms the backup was taken (from its name, so copying the folder keeps it). */
  takenAt: number;
}

const NAME = /^livecue-(\d+)-(pre-migration|daily)\.db$/;

export function backupDirOf(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** Backups in the folder, newest first. Files that do not follow the naming scheme are ignored. */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupFile[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (m) out.push({ file: path.join(dir, name), reason: m[2] as BackupReason, takenAt: Number(m[1]) });
  }
  return out.sort((a, b) => b.takenAt - a.takenAt);
}

/**
 * Copies the live database with SQLite's online backup API (consistent even while the app writes),
 * into a temporary name first so a crash mid-backup never leaves a truncated file that looks valid.
 */
export async function createBackup(db: Db, dir: string, reason: BackupReason, now: number): Promise<BackupFile> {
  mkdirSync(dir, { recursive: true });
  let takenAt = now;
  while (listBackups(dir).some((b) => b.takenAt === takenAt)) takenAt++;
  const file = path.join(dir, `livecue-${takenAt}-${reason}.db`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  await db.backup(partial);
  renameSync(partial, file);
  return { file, reason, takenAt };
}

/** Keeps the newest `keep` backups of each reason and deletes the rest. */
export function pruneBackups(dir: string, keep: number): string[] {
  const removed: string[] = [];
  const seen = new Map<BackupReason, number>();
  for (const b of listBackups(dir)) {
    const n = (seen.get(b.reason) ?? 0) + 1;
    seen.set(b.reason, n);
    if (n > keep) {
      rmSync(b.file, { force: true });
      removed.push(b.file);
    }
  }
  return removed;
}

export function isDailyBackupDue(dir: string, now: number, intervalMs = 24 * 60 * 60 * 1000): boolean {
  const newest = listBackups(dir).find((b) => b.reason === 'daily');
  return !newest || now - newest.takenAt >= intervalMs || newest.takenAt > now;
}
