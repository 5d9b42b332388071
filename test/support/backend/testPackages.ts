import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Clock } from '../../../electron/backend/clock';
import { type Backend, createBackend } from '../../../electron/backend/createBackend';
import { encodePng } from '../../helpers/png';

/** Test helpers for show packages: real backends on disk, real PNGs, and zips taken apart and put back together. */

/** A valid 1×1 RGB PNG of the given colour (different colours give different hashes). */
export function makePng(r: number, g: number, b: number): Buffer {
  return encodePng(1, 1, () => [r, g, b]);
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A clock that ticks 1 ms per read and can be moved forward. */
export function testClock(start = 1_700_000_000_000) {
  let t = start;
  const clock: Clock & { advance(ms: number): void } = {
    now: () => t++,
    monotonic: () => 1,
    advance(ms: number) {
      t += ms;
    },
  };
  return clock;
}

export async function newBackend(clock: Clock = testClock()): Promise<Backend> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'livecue-package-'));
  return createBackend({ dataDir, appVersion: '1.2.3', host: 'serve', clock });
}

/** Calls a method and returns its value, failing the test with the error message when it fails. */
export async function call<T = Record<string, unknown>>(backend: Backend, method: string, payload: unknown): Promise<T> {
  const result = await backend.dispatch(method, payload);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

export type Entries = Record<string, Uint8Array>;

export function unpack(base64: string): Entries {
  return unzipSync(Buffer.from(base64, 'base64'));
}

export function readJson<T = Record<string, unknown>>(entries: Entries, name: string): T {
  return JSON.parse(strFromU8(entries[name] as Uint8Array)) as T;
}

/**
 * Zips entries back into a package (base64). With `rehash`, manifest.json's hashes and sizes are
 * recomputed for the entries given, as a careful forger would.
 */
export function repack(entries: Entries, options: { rehash?: boolean; manifest?: (m: Record<string, unknown>) => void } = {}): string {
  const out: Entries = { ...entries };
  if (options.rehash || options.manifest) {
    const manifest = readJson(entries, 'manifest.json');
    if (options.rehash) {
      const listed: Record<string, { sha256: string; bytes: number }> = {};
      for (const [name, bytes] of Object.entries(entries))
        if (name !== 'manifest.json') listed[name] = { sha256: sha256(bytes), bytes: bytes.length };
      manifest.entries = listed;
    }
    options.manifest?.(manifest);
    out['manifest.json'] = strToU8(JSON.stringify(manifest));
  }
  return Buffer.from(zipSync(out, { level: 1 })).toString('base64');
}
