import { statfsSync } from 'node:fs';
import type { PreflightCheck } from '../../../shared/domain/session/sessionPreflight';

const MiB = 1024 * 1024;
/** Below this the event log itself may fail to write mid-show. */
const DATA_DISK_FAIL_BYTES = 200 * MiB;
const DATA_DISK_WARN_BYTES = 1024 * MiB;
/** A 4-hour recording at 6 Mbit/s is about 11 GB; below 2 GiB a recording will not last an hour. */
const RECORD_DISK_WARN_BYTES = 2048 * MiB;

/** Free bytes available to this user on the file system holding `dir`, or null when it cannot be read. */
export function freeBytesOf(dir: string): number | null {
  try {
    const s = statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

const gib = (bytes: number) => `${(bytes / 1024 / MiB).toFixed(1)} GiB`;

/** The disk holding LiveCue's database: too full and the show's log cannot be written. */
export function checkDataDisk(dir: string, freeBytes: number | null): PreflightCheck {
  const base = { id: 'disk' as const, issues: [] };
  if (freeBytes === null) return { ...base, status: 'skipped', code: 'DISK_UNKNOWN', message: `Free space of ${dir} could not be read` };
  const status = freeBytes < DATA_DISK_FAIL_BYTES ? 'failed' : freeBytes < DATA_DISK_WARN_BYTES ? 'warning' : 'ok';
  const code = status === 'ok' ? 'OK' : 'DISK_LOW';
  return { ...base, status, code, message: `${gib(freeBytes)} free for the data in ${dir}`, freeBytes };
}

/** The disk OBS records to (as OBS reports it): only a warning, recording is a choice. */
export function checkRecordDisk(freeMb: number | undefined): PreflightCheck {
  const base = { id: 'recordDisk' as const, issues: [] };
  if (freeMb === undefined) return { ...base, status: 'skipped', code: 'DISK_UNKNOWN', message: 'OBS did not report its recording disk' };
  const freeBytes = freeMb * MiB;
  const low = freeBytes < RECORD_DISK_WARN_BYTES;
  return {
    ...base,
    status: low ? 'warning' : 'ok',
    code: low ? 'RECORD_DISK_LOW' : 'OK',
    message: `${gib(freeBytes)} free on OBS's recording disk`,
    freeBytes,
  };
}
