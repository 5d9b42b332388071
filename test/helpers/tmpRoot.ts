import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Global setup shared by the test configs: every temporary folder a test (or a process it starts) makes goes under
 * one folder for the run, removed at the end, so runs do not pile up data folders in the system's temp directory.
 * It works by pointing TMPDIR (what os.tmpdir() reads) at that folder before the test workers start. Set
 * LIVECUE_KEEP_TMP=1 to keep it for a post-mortem.
 */
let root: string | undefined;

export function setup(): void {
  root = mkdtempSync(path.join(tmpdir(), 'livecue-test-run-'));
  process.env.TMPDIR = root;
}

export function teardown(): void {
  if (root && process.env.LIVECUE_KEEP_TMP !== '1') rmSync(root, { recursive: true, force: true });
}
