import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFileSecretStore, SECRETS_FILE_NAME } from './fileSecretStore';

describe('file secret store', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'livecue-secrets-'));
  afterEach(() => rmSync(path.join(dir, SECRETS_FILE_NAME), { force: true }));

  it('keeps values in a 0600 file and warns once, without the value', () => {
    const warn = vi.fn();
    const store = createFileSecretStore(dir, warn);
    expect(store.get('obs.password')).toBeNull();
    store.set('obs.password', 's3cret-密码');
    store.set('other', 'x');
    expect(store.get('obs.password')).toBe('s3cret-密码');
    const file = path.join(dir, SECRETS_FILE_NAME);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/unencrypted/);
    expect(String(warn.mock.calls[0]?.[0])).not.toContain('s3cret');
    // A new instance (next start) reads what was saved.
    expect(createFileSecretStore(dir, () => {}).get('obs.password')).toBe('s3cret-密码');
    store.delete('obs.password');
    expect(store.get('obs.password')).toBeNull();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ other: 'x' });
  });
});
