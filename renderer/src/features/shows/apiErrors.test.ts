import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../../shared/api/errors';
import { errorFor, fieldErrors, otherErrors, packageErrorKind } from './apiErrors';

describe('field errors', () => {
  it('collects every issue by path, first message wins', () => {
    const error = new ApiCallError({
      code: 'INVALID_PAYLOAD',
      message: 'bad',
      path: ['name'],
      issues: [
        { path: ['name'], message: 'name is required' },
        { path: ['name'], message: 'second' },
        { path: ['config', 'productId'], message: 'must be an id (UUID)' },
      ],
    });
    const errors = fieldErrors(error);
    expect(errors).toEqual({ name: 'name is required', 'config.productId': 'must be an id (UUID)' });
    expect(errorFor(errors, 'config')).toBe('must be an id (UUID)');
    expect(errorFor(errors, 'title', 'name')).toBe('name is required');
    expect(otherErrors(errors, ['name'])).toEqual(['must be an id (UUID)']);
  });

  it('uses the path of a domain error, or no field at all', () => {
    expect(fieldErrors(new ApiCallError({ code: 'NOT_FOUND', message: 'gone', path: ['config', 'couponId'] }))).toEqual({
      'config.couponId': 'gone',
    });
    expect(fieldErrors(new ApiCallError({ code: 'UNAVAILABLE', message: 'not connected' }))).toEqual({ '': 'not connected' });
    expect(fieldErrors(new Error('boom'))).toEqual({ '': 'boom' });
  });
});

describe('package error kinds', () => {
  const invalid = (message: string) => new ApiCallError({ code: 'INVALID_PAYLOAD', message, path: ['bytes'] });

  it('prefers the reason code when there is one', () => {
    expect(packageErrorKind(new ApiCallError({ code: 'INVALID_PAYLOAD', message: 'x', reason: 'PACKAGE_NEWER_FORMAT' }))).toBe(
      'newerFormat',
    );
  });

  it('sorts the backend refusals by their reason, and anything else invalid as invalid', () => {
    const refused = (reason: string) => new ApiCallError({ code: 'INVALID_PAYLOAD', message: 'm', path: ['bytes'], reason });
    expect(packageErrorKind(refused('PACKAGE_NOT_ZIP'))).toBe('notPackage');
    expect(packageErrorKind(refused('PACKAGE_NOT_LIVECUE'))).toBe('notPackage');
    expect(packageErrorKind(refused('PACKAGE_TAMPERED'))).toBe('tampered');
    expect(packageErrorKind(refused('PACKAGE_NEWER_FORMAT'))).toBe('newerFormat');
    expect(packageErrorKind(refused('PACKAGE_TOO_LARGE'))).toBe('tooLarge');
    // An apply that stopped after keeping products is not a busy package, although both are conflicts.
    expect(packageErrorKind(new ApiCallError({ code: 'CONFLICT', message: 'm', reason: 'PACKAGE_APPLY_UNFINISHED' }))).toBe('unfinished');
    expect(packageErrorKind(invalid('a.livecue: show.json at "cues.0": bad'))).toBe('invalid');
  });

  it('knows expired previews, double commits and a lost connection', () => {
    expect(packageErrorKind(new ApiCallError({ code: 'NOT_FOUND', message: 'x', path: ['previewId'] }))).toBe('expired');
    expect(packageErrorKind(new ApiCallError({ code: 'CONFLICT', message: 'x', path: ['previewId'] }))).toBe('busy');
    expect(packageErrorKind(new ApiCallError({ code: 'UNAVAILABLE', message: 'x' }))).toBe('offline');
    expect(packageErrorKind(new Error('x'))).toBe('other');
  });
});
