import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeObsServer } from '../../../test/support/backend/fakeObsServer';
import { createBackend } from '../createBackend';
import type { SecretStore } from '../secrets/secretStore';

let server: FakeObsServer | undefined;
afterEach(async () => server?.close());

function memorySecrets(): SecretStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    kind: 'file',
    values,
    get: (n) => values.get(n) ?? null,
    set: (n, v) => void values.set(n, v),
    delete: (n) => void values.delete(n),
  };
}

describe('OBS through the API', () => {
  it('starts not_configured; configure keeps the password in the secrets store only and connects; status is published', async () => {
    server = await FakeObsServer.start('密码-secret');
    const dataDir = mkdtempSync(path.join(tmpdir(), 'livecue-obs-api-'));
    const secrets = memorySecrets();
    const backend = await createBackend({ dataDir, appVersion: 't', host: 'serve', secrets });
    expect(await backend.dispatch('obs.status', {})).toEqual({ ok: true, value: expect.objectContaining({ state: 'not_configured' }) });
    const published: unknown[] = [];
    const sub = backend.subscribe('obs.status', (s) => published.push(s));
    expect(sub.ok).toBe(true);

    const configured = await backend.dispatch('obs.configure', { url: server.url, password: '密码-secret' });
    expect(configured).toMatchObject({ ok: true, value: { url: server.url } });
    await vi.waitFor(() => expect(published).toContainEqual(expect.objectContaining({ state: 'ready' })));
    expect(secrets.values.get('obs.password')).toBe('密码-secret');

    // Nothing that leaves the backend, and nothing in the database, carries the password.
    const status = await backend.dispatch('obs.status', {});
    expect(JSON.stringify([configured, status, published])).not.toContain('密码-secret');
    await backend.close();
    for (const file of readdirSync(dataDir).filter((f) => f.startsWith('livecue.db'))) {
      expect(readFileSync(path.join(dataDir, file)).includes(Buffer.from('密码-secret'))).toBe(false);
    }

    // The next start connects by itself with the saved URL and password.
    const again = await createBackend({ dataDir, appVersion: 't', host: 'serve', secrets });
    await vi.waitFor(async () => expect(await again.dispatch('obs.status', {})).toMatchObject({ ok: true, value: { state: 'ready' } }));
    await again.close();
  });

  it('operations while OBS is not connected fail fast with reason OBS_OFFLINE; bad URLs are refused by the contract', async () => {
    const backend = await createBackend({
      dataDir: mkdtempSync(path.join(tmpdir(), 'livecue-obs-api-')),
      appVersion: 't',
      host: 'serve',
      secrets: memorySecrets(),
    });
    const result = await backend.dispatch('obs.run', { actions: [{ kind: 'switchScene', scene: 'Scene' }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'OBS_OFFLINE' } });
    expect(await backend.dispatch('obs.configure', { url: 'http://x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', path: ['url'] },
    });
    await backend.close();
  });
});
