import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSafeStorageSecretStore, SAFE_SECRETS_FILE_NAME, type SafeStorageLike } from './safeStorageSecrets';

/** Stands in for Electron's safeStorage: "encrypts" by reversing bytes and tagging them. */
function fakeSafeStorage(available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.concat([Buffer.from('ENC:'), Buffer.from(text, 'utf8').reverse()]),
    decryptString: (buf) => {
      if (!buf.subarray(0, 4).equals(Buffer.from('ENC:'))) throw new Error('not ours');
      return Buffer.from(buf.subarray(4)).reverse().toString('utf8');
    },
  };
}

describe('safeStorage secret store', () => {
  it('stores only the encrypted form and reads it back', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'livecue-safe-'));
    const store = createSafeStorageSecretStore(fakeSafeStorage(), dir);
    expect(store.kind).toBe('safeStorage');
    store.set('obs.password', 'hunter2');
    expect(readFileSync(path.join(dir, SAFE_SECRETS_FILE_NAME), 'utf8')).not.toContain('hunter2');
    expect(createSafeStorageSecretStore(fakeSafeStorage(), dir).get('obs.password')).toBe('hunter2');
    store.delete('obs.password');
    expect(store.get('obs.password')).toBeNull();
  });

  it('falls back to the plain file when the OS offers no encryption', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'livecue-safe-'));
    const store = createSafeStorageSecretStore(fakeSafeStorage(false), dir);
    expect(store.kind).toBe('file');
  });
});
