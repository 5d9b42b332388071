import { describe, expect, it, vi } from 'vitest';
import { createToken, tokenAuthorizer, tokenMatches } from './token';

describe('token', () => {
  it('creates distinct URL-safe tokens of 256 bits', () => {
    const a = createToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createToken()).not.toBe(a);
  });
  it('matches only the exact token', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    for (const given of ['abd', 'ab', 'abcd', '', null, undefined]) expect(tokenMatches('abc', given)).toBe(false);
  });
});

describe('tokenAuthorizer', () => {
  it('tells the console token from the overlay token and refuses anything else', () => {
    let overlay = 'over';
    const authorize = tokenAuthorizer({ console: 'launch', overlay: () => overlay });
    expect(authorize('launch')).toEqual({ role: 'console', deviceId: null, pending: false });
    expect(authorize('over')).toEqual({ role: 'overlay', deviceId: null, pending: false });
    for (const given of ['lau', 'overx', '', null, undefined]) expect(authorize(given)).toBeNull();
    // A rotated overlay token counts from the next check.
    overlay = 'new';
    expect(authorize('over')).toBeNull();
    expect(authorize('new')?.role).toBe('overlay');
  });

  it('admits only the overlay token when no console token is given (the app’s overlay server)', () => {
    const authorize = tokenAuthorizer({ overlay: () => 'over' });
    expect(authorize('over')?.role).toBe('overlay');
    expect(authorize('launch')).toBeNull();
  });

  it('admits paired devices by their own token, pending ones as pending, and never the launch token as a device', () => {
    const remote = vi.fn((given: string) =>
      given === 'phone'
        ? ({ deviceId: 'd1', role: 'remote-control', status: 'active' } as const)
        : given === 'new-phone'
          ? ({ deviceId: 'd2', role: 'remote-view', status: 'pending' } as const)
          : null,
    );
    const authorize = tokenAuthorizer({ console: 'launch', overlay: () => 'over', remote });
    expect(authorize('phone')).toEqual({ role: 'remote-control', deviceId: 'd1', pending: false });
    expect(authorize('new-phone')).toEqual({ role: 'remote-view', deviceId: 'd2', pending: true });
    expect(authorize('launch')?.role).toBe('console');
    expect(authorize('nope')).toBeNull();
    expect(remote).not.toHaveBeenCalledWith('launch');
    // The desktop app's remote server: devices only, neither the console nor the overlay.
    const remoteOnly = tokenAuthorizer({ remote });
    expect(remoteOnly('phone')?.role).toBe('remote-control');
    expect(remoteOnly('launch')).toBeNull();
  });

  it('never reads the overlay token for the console’s own token or an empty one', () => {
    const overlay = vi.fn(() => 'over');
    const authorize = tokenAuthorizer({ console: 'launch', overlay });
    authorize('launch');
    authorize('');
    authorize(null);
    expect(overlay).not.toHaveBeenCalled();
  });
});
