import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLogSync } from './slicedLongWrite';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFile(content: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'livecue-logsync-'));
  dirs.push(dir);
  const file = path.join(dir, 'livecue.db-wal');
  writeFileSync(file, content);
  return file;
}

describe('log sync from a handle kept open', () => {
  it('syncs again and again through one handle, leaves the file as it was, closes, and opens again when asked', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const file = tempFile('log');
    const log = openLogSync(file);
    // The first two start before the handle is open: both wait for the one open.
    await Promise.all([log.sync(), log.sync()]);
    await log.sync();
    await log.close();
    expect(readFileSync(file, 'utf8')).toBe('log');
    await log.close(); // twice is harmless
    // A sync after closing opens the log again rather than doing nothing.
    rmSync(file);
    await log.sync();
    expect(errors).toHaveBeenCalledTimes(1); // the file is gone: the new open failed, so it was tried
    errors.mockClear();
    writeFileSync(file, 'log');
    await log.sync();
    await log.close();
    expect(errors).not.toHaveBeenCalled();
  });

  // Linux shows a process's open files in /proc.
  const openHandles = (file: string) =>
    readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`) === file;
      } catch {
        return false;
      }
    }).length;

  it.runIf(process.platform === 'linux')('opens the log ahead when asked, before any sync, and syncs through that handle', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const file = tempFile('log');
    const log = openLogSync(file);
    expect(openHandles(file)).toBe(0);
    log.open();
    log.open(); // once is enough
    await vi.waitFor(() => expect(openHandles(file)).toBe(1));
    // Removed once open: a sync can only work through the handle opened ahead.
    rmSync(file);
    await log.sync();
    expect(errors).not.toHaveBeenCalled();
    await log.close();
    expect(openHandles(file)).toBe(0);
  });

  it('logs a log that cannot be opened ahead, and the next sync tries again', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const file = tempFile('log');
    rmSync(file);
    const log = openLogSync(file);
    log.open();
    await vi.waitFor(() => expect(errors).toHaveBeenCalledTimes(1));
    writeFileSync(file, 'log');
    await log.sync();
    expect(errors).toHaveBeenCalledTimes(1);
    await log.close();
  });

  it('never rejects: a sync that cannot be done is logged, and the next one tries again', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const file = tempFile('log');
    rmSync(file);
    const log = openLogSync(file);
    await expect(log.sync()).resolves.toBeUndefined();
    expect(errors).toHaveBeenCalledTimes(1);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('syncing the database log failed'), expect.anything());
    writeFileSync(file, 'log');
    await log.sync();
    expect(errors).toHaveBeenCalledTimes(1);
    await log.close();
  });
});
