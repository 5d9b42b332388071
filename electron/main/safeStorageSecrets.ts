import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { createFileSecretStore } from '../backend/secrets/fileSecretStore';
import type { SecretStore } from '../backend/secrets/secretStore';

/** The part of Electron's `safeStorage` this uses (passed in, so this module never imports 'electron'). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export const SAFE_SECRETS_FILE_NAME = 'secrets.safe.json';

const EncryptedFile = z.record(z.string(), z.string());

/**
 * Secrets encrypted by the OS keychain (DPAPI, Keychain, libsecret) and stored base64 in the data
 * folder. Without a keychain it falls back to the plain 0600 file, which warns that it is not encrypted.
 */
export function createSafeStorageSecretStore(safeStorage: SafeStorageLike, dataDir: string): SecretStore {
  if (!safeStorage.isEncryptionAvailable()) return createFileSecretStore(dataDir);
  const file = path.join(dataDir, SAFE_SECRETS_FILE_NAME);
  const read = (): Record<string, string> => {
    if (!existsSync(file)) return {};
    const parsed = EncryptedFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : {};
  };
  const write = (values: Record<string, string>) => {
    writeFileSync(`${file}.tmp`, JSON.stringify(values), { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  };
  return {
    kind: 'safeStorage',
    get(name) {
      const stored = read()[name];
      if (stored === undefined) return null;
      try {
        return safeStorage.decryptString(Buffer.from(stored, 'base64'));
      } catch {
        // Encrypted under another OS account or a reset keychain: as good as absent; the user re-enters it.
        return null;
      }
    },
    set(name, value) {
      write({ ...read(), [name]: safeStorage.encryptString(value).toString('base64') });
    },
    delete(name) {
      const values = read();
      delete values[name];
      write(values);
    },
  };
}
