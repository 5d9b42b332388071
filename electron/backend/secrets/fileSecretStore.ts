import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { SecretStore } from './secretStore';

export const SECRETS_FILE_NAME = 'secrets.json';

const SecretsFile = z.record(z.string(), z.string());

/**
 * Secrets in a JSON file readable only by this user (0600), for the headless host where no OS
 * keychain is at hand. NOT encrypted: anyone who can read the user's files can read them; a
 * warning says so the first time a secret is written.
 */
export function createFileSecretStore(dataDir: string, warn: (message: string) => void = console.warn): SecretStore {
  const file = path.join(dataDir, SECRETS_FILE_NAME);
  let warned = false;
  const read = (): Record<string, string> => {
    if (!existsSync(file)) return {};
    const parsed = SecretsFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : {};
  };
  const write = (values: Record<string, string>) => {
    // Written beside and renamed over, created 0600 so the value is never readable by others, even briefly.
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, JSON.stringify(values), { mode: 0o600 });
    chmodSync(tmp, 0o600);
    renameSync(tmp, file);
  };
  return {
    kind: 'file',
    get: (name) => read()[name] ?? null,
    set(name, value) {
      if (!warned) {
        warned = true;
        warn(`[livecue] secrets are stored unencrypted (mode 0600) in ${file}; the desktop app uses the OS keychain instead`);
      }
      write({ ...read(), [name]: value });
    },
    delete(name) {
      const values = read();
      if (!(name in values)) return;
      delete values[name];
      write(values);
    },
  };
}
