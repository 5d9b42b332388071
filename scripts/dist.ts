/**
 * `npm run dist`: electron-builder with its output shown as it comes, and, when it fails for want of the network
 * (it downloads Electron and its packaging tools on first use), one clear sentence at the end instead of a stack.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LOG = '[dist]';

/** Signs, in electron-builder's output, that a download failed (DNS, refused, reset, timed out, blocked). */
const OFFLINE =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|dial tcp|socket hang up|unable to get local issuer/;

/** The sentence to end a failed run with: why, when it is the network, else where to look. */
export function distFailureSentence(output: string, code: number | null): string {
  if (OFFLINE.test(output)) {
    return (
      'Packaging needs to download Electron and electron-builder’s tools (from GitHub) the first time, and they ' +
      'cannot be reached from here. Run npm run dist once on a machine that can, or point ELECTRON_MIRROR and ' +
      'ELECTRON_BUILDER_BINARIES_MIRROR at a mirror you can reach.'
    );
  }
  return `electron-builder failed (exit code ${code ?? 'none'}); its output above says why.`;
}

async function main(): Promise<number> {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const cli = createRequire(path.join(repoRoot, 'package.json')).resolve('electron-builder/cli.js');
  let output = '';
  const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], { cwd: repoRoot, stdio: ['inherit', 'pipe', 'pipe'] });
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    process.stderr.write(chunk);
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  if (code === 0) return 0;
  console.error(`${LOG} ${distFailureSentence(output, code)}`);
  return 1;
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) main().then((code) => process.exit(code));
