import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from './hashRoute';

describe('console routes in the URL hash', () => {
  it('reads each page, a selected publication, and falls back to the stores', () => {
    expect(parseRoute('#/stores')).toEqual({ page: 'stores' });
    expect(parseRoute('#/publications')).toEqual({ page: 'publications', publicationId: null });
    expect(parseRoute('#/publications/12')).toEqual({ page: 'publications', publicationId: 12 });
    expect(parseRoute('#/publications/x')).toEqual({ page: 'publications', publicationId: null });
    expect(parseRoute('#/publications/-3')).toEqual({ page: 'publications', publicationId: null });
    expect(parseRoute('#/results')).toEqual({ page: 'results' });
    expect(parseRoute('')).toEqual({ page: 'stores' });
    expect(parseRoute('#/nowhere')).toEqual({ page: 'stores' });
  });

  it('writes what it reads', () => {
    for (const hash of ['#/stores', '#/publications', '#/publications/7', '#/results']) expect(routeHash(parseRoute(hash))).toBe(hash);
  });
});
