import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFileSecretStore } from '../secrets/fileSecretStore';
import { createOverlayAccess, OVERLAY_TOKEN_SECRET } from './overlayAccess';

/** The headless host's secrets file in a fresh folder; a second store on the same folder is the next start. */
function fileSecrets() {
  const dir = mkdtempSync(path.join(tmpdir(), 'livecue-overlay-secrets-'));
  const open = () => createFileSecretStore(dir, () => {});
  return { secrets: open(), reopen: open };
}

describe('overlay access', () => {
  it('makes the token once, keeps it in the secrets store and reads it back after a restart', () => {
    const { secrets, reopen } = fileSecrets();
    const events = { append: vi.fn() };
    const first = createOverlayAccess(secrets, events);
    expect(secrets.get(OVERLAY_TOKEN_SECRET)).toBeNull(); // nothing written until the token is needed
    const token = first.token();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.token()).toBe(token);
    expect(secrets.get(OVERLAY_TOKEN_SECRET)).toBe(token);
    expect(createOverlayAccess(reopen(), events).token()).toBe(token);
  });

  it('rotates: a new stored token, listeners told, the fact logged without the token', () => {
    const { secrets } = fileSecrets();
    const events = { append: vi.fn() };
    const access = createOverlayAccess(secrets, events);
    const old = access.token();
    const listener = vi.fn();
    const off = access.onRotate(listener);
    const next = access.rotate();
    expect(next).not.toBe(old);
    expect(access.token()).toBe(next);
    expect(secrets.get(OVERLAY_TOKEN_SECRET)).toBe(next);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(events.append).toHaveBeenCalledWith({ type: 'overlay.tokenRotated', payload: {} });
    expect(JSON.stringify(events.append.mock.calls)).not.toContain(next);
    off();
    access.rotate();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('gives the URL with the token while the page is served, and why not otherwise', () => {
    const access = createOverlayAccess(fileSecrets().secrets, { append: vi.fn() });
    expect(access.info()).toEqual({ url: null, listening: false, port: null, problem: null });
    access.setEndpoint({ listening: true, origin: 'http://127.0.0.1:5318', port: 5318 });
    expect(access.info()).toEqual({
      url: `http://127.0.0.1:5318/overlay?token=${access.token()}`,
      listening: true,
      port: 5318,
      problem: null,
    });
    access.setEndpoint({ listening: false, port: 5318, problem: 'port_in_use' });
    expect(access.info()).toEqual({ url: null, listening: false, port: 5318, problem: 'port_in_use' });
  });
});
