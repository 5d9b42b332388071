import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { type ServeProcess, startServeProcess } from '../helpers/serveProcess';

declare module 'vitest' {
  export interface ProvidedContext {
    serveUrl: string;
    serveDataDir: string;
  }
}

let serve: ServeProcess | undefined;

/** One `npm run serve` for the whole end-to-end suite, on a free port and a fresh data folder. */
export async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'livecue-e2e-'));
  serve = await startServeProcess(['--port', '0', '--data-dir', dataDir]);
  project.provide('serveUrl', serve.url);
  project.provide('serveDataDir', dataDir);
}

export async function teardown() {
  await serve?.stop();
}
