import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/**
 * A throwaway PostgreSQL cluster from Debian's `postgresql` package, as DESIGN.md describes. PostgreSQL
 * refuses root, so the cluster lives in a temporary folder owned by `postgres` and runs as that user.
 */
export interface PostgresCluster {
  /** A fresh, empty database; returns its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/** The newest installed PostgreSQL's bin folder, or null. */
export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

/**
 * Whether suites should run against real PostgreSQL. Without it: loud skip on a developer machine,
 * a failure in CI (where `.ci/run` installs it), so a missing package can never pass quietly.
 */
export function postgresAvailable(): boolean {
  if (postgresBin()) return true;
  const message = 'PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb): the real-PostgreSQL hub tests are SKIPPED.';
  if (process.env.CI) throw new Error(`${message} CI must install the postgresql package.`);
  console.warn(`\n!!! ${message} Install Debian's postgresql package to run them.\n`);
  return false;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const asPostgres = (bin: string, tool: string, args: string[]) => run('runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]);

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed.');
  // The postgres user must be able to pass through the test run's temporary folder to reach its own.
  const parent = tmpdir();
  if (parent !== '/tmp' && (statSync(parent).mode & 0o001) === 0) chmodSync(parent, statSync(parent).mode | 0o001);
  const dir = mkdtempSync(path.join(parent, 'livecue-pg-'));
  await run('chown', ['postgres:postgres', dir]);
  const data = path.join(dir, 'data');
  await asPostgres(bin, 'initdb', ['-D', data, '-A', 'trust', '-U', 'livecue', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
  const port = await freePort();
  await asPostgres(bin, 'pg_ctl', [
    '-D',
    data,
    '-l',
    path.join(dir, 'log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    '-w',
    'start',
  ]);
  const base = `postgres://livecue@127.0.0.1:${port}`;
  let count = 0;
  return {
    async createDatabase() {
      const name = `hub_${++count}`;
      const admin = new pg.Client({ connectionString: `${base}/postgres` });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `${base}/${name}`;
    },
    async stop() {
      await asPostgres(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
