import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

describe('npm run serve stopped by its parent', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'livecue-serve-stop-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('closes its port when the shell npm started it from is terminated (as SIGTERM to npm does)', async () => {
    // The shape of `npm run serve`: a shell running "build && node …". Ending the shell does not signal node.
    const shell = spawn('sh', ['-c', `true && "${process.execPath}" out/host/serve.js --port 0 --data-dir "${dir}"`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      shell.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /Open: http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (match) resolve(Number(match[1]));
      });
      shell.once('exit', () => reject(new Error(`serve exited early: ${out}`)));
    });
    expect(await refused(port)).toBe(false);
    shell.kill('SIGTERM');
    await expect.poll(() => refused(port), { timeout: 10_000, interval: 200 }).toBe(true);
  });
});
