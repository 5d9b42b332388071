import { describe, expect, it } from 'vitest';
import { createToken, tokenMatches } from './token';

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
