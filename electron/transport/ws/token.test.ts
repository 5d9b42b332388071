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
    expect(authorize('launch')).toBe('console');
    expect(authorize('over')).toBe('overlay');
    for (const given of ['lau', 'overx', '', null, undefined]) expect(authorize(given)).toBeNull();
    // A rotated overlay token counts from the next check.
    overlay = 'new';
    expect(authorize('over')).toBeNull();
    expect(authorize('new')).toBe('overlay');
  });

  it('admits only the overlay token when no console token is given (the app’s overlay server)', () => {
    const authorize = tokenAuthorizer({ overlay: () => 'over' });
    expect(authorize('over')).toBe('overlay');
    expect(authorize('launch')).toBeNull();
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
