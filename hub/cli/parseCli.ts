import { parseArgs } from 'node:util';
import type { HubDatabaseConfig } from '../db/hubDb';

export class CliError extends Error {}

type Db = { database: HubDatabaseConfig };
export type CliCommand =
  | ({ command: 'serve'; port: number; host: string; trustProxy: string | null; consoleDir: string | null } & Db)
  | ({ command: 'migrate' } & Db)
  | ({
      command: 'account create';
      username: string;
      password: string | null;
      role: string;
      regions: string[];
      displayName: string | null;
    } & Db)
  | ({ command: 'store create'; code: string; name: string; region: string; group: string } & Db)
  | ({ command: 'enroll-code'; store: string; qrPng: string | null; ttlDays: number | null } & Db)
  | ({ command: 'device list'; store: string } & Db)
  | ({ command: 'device revoke'; store: string; device: string } & Db);

const COMMANDS = ['serve', 'migrate', 'account create', 'store create', 'enroll-code', 'device list', 'device revoke'] as const;

const OPTIONS = {
  data: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  username: { type: 'string' },
  password: { type: 'string' },
  'display-name': { type: 'string' },
  role: { type: 'string' },
  regions: { type: 'string' },
  code: { type: 'string' },
  name: { type: 'string' },
  region: { type: 'string' },
  group: { type: 'string' },
  store: { type: 'string' },
  device: { type: 'string' },
  'qr-png': { type: 'string' },
  'ttl-days': { type: 'string' },
  'trust-proxy': { type: 'string' },
  'console-dir': { type: 'string' },
} as const;

/** Which options each command takes (besides --data), and which it requires. */
const ACCEPTS: Record<(typeof COMMANDS)[number], { required: string[]; optional: string[] }> = {
  serve: { required: [], optional: ['port', 'host', 'trust-proxy', 'console-dir'] },
  migrate: { required: [], optional: [] },
  'account create': { required: ['username', 'role'], optional: ['password', 'display-name', 'regions'] },
  'store create': { required: ['code', 'name'], optional: ['region', 'group'] },
  'enroll-code': { required: ['store'], optional: ['qr-png', 'ttl-days'] },
  'device list': { required: ['store'], optional: [] },
  'device revoke': { required: ['store', 'device'], optional: [] },
};

/**
 * `npm run hub -- <command> [--options]`. No command = serve. DATABASE_URL selects PostgreSQL; otherwise
 * PGlite in --data (default ./hub-data). Every mistake is one line naming it.
 */
export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): CliCommand {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  const words = parsed.positionals.join(' ') || 'serve';
  const command = COMMANDS.find((c) => c === words);
  if (!command) throw new CliError(`Unknown command "${words}". Commands: ${COMMANDS.join(', ')}.`);
  const values: Record<string, string | undefined> = parsed.values;
  const { required, optional } = ACCEPTS[command];
  for (const name of Object.keys(values)) {
    if (name !== 'data' && !required.includes(name) && !optional.includes(name))
      throw new CliError(`"${command}" does not take --${name}.`);
  }
  const missing = required.find((name) => !values[name]?.trim());
  if (missing) throw new CliError(`"${command}" needs --${missing}.`);
  const v = (name: string) => values[name]?.trim() ?? '';
  const database: HubDatabaseConfig = env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : { kind: 'pglite', dataDir: v('data') || './hub-data' };
  if (env.DATABASE_URL && values.data) throw new CliError('Give either DATABASE_URL (PostgreSQL) or --data (embedded), not both.');

  switch (command) {
    case 'serve':
      return {
        command,
        database,
        port: port(values.port ?? '8787'),
        host: v('host') || '127.0.0.1',
        trustProxy: v('trust-proxy') || null,
        consoleDir: v('console-dir') || null,
      };
    case 'migrate':
      return { command, database };
    case 'account create':
      return {
        command,
        database,
        username: v('username'),
        role: v('role'),
        password: values.password ?? env.LIVECUE_HUB_PASSWORD ?? null,
        displayName: v('display-name') || null,
        regions: v('regions')
          .split(/[,，]/)
          .map((r) => r.trim())
          .filter((r) => r !== ''),
      };
    case 'store create':
      return { command, database, code: v('code'), name: v('name'), region: v('region'), group: v('group') };
    case 'enroll-code':
      return {
        command,
        database,
        store: v('store'),
        qrPng: v('qr-png') || null,
        ttlDays: values['ttl-days'] ? positive(values['ttl-days'], 'ttl-days') : null,
      };
    case 'device list':
      return { command, database, store: v('store') };
    case 'device revoke':
      return { command, database, store: v('store'), device: v('device') };
  }
}

function port(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CliError(`--port must be a port number (0–65535), not "${text}".`);
  return n;
}

function positive(text: string, name: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new CliError(`--${name} must be a positive number, not "${text}".`);
  return n;
}
