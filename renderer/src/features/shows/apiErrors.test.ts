import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../../shared/api/errors';
import { PACKAGE_DETAIL_PARAMS } from '../../../../shared/domain/showPackage/packageRefusals';
import { en } from '../../i18n/locales/en';
import { zhCN } from '../../i18n/locales/zh-CN';
import { errorFor, fieldErrors, otherErrors, packageErrorDetail, packageErrorKind } from './apiErrors';

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
    // A package whose content clashes (two cues, one hotkey) is refused at commit as a conflict, yet it is the content.
    expect(packageErrorKind(new ApiCallError({ code: 'CONFLICT', message: 'm', path: ['config'], reason: 'PACKAGE_INVALID' }))).toBe(
      'invalid',
    );
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

describe('package refusal details', () => {
  const refused = (detail: { code: string; params: Record<string, string | number> }) =>
    new ApiCallError({ code: 'INVALID_PAYLOAD', message: 'x.livecue: …', path: ['bytes'], reason: 'PACKAGE_TAMPERED', detail });

  it('takes a detail it has words for, with the values they need', () => {
    const detail = { code: 'entryHashChanged', params: { entry: 'products.json' } };
    expect(packageErrorDetail(refused(detail))).toEqual(detail);
  });

  it('leaves the message to speak for a detail it cannot word: unknown, or short of a value', () => {
    expect(packageErrorDetail(refused({ code: 'somethingNewer', params: {} }))).toBeNull();
    expect(packageErrorDetail(refused({ code: 'skuTwice', params: { sku: 'A-1' } }))).toBeNull();
    expect(packageErrorDetail(new ApiCallError({ code: 'INVALID_PAYLOAD', message: 'no detail' }))).toBeNull();
    expect(packageErrorDetail(new Error('boom'))).toBeNull();
  });

  it('has words in both languages for every detail, using exactly the values the backend sends', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    for (const [code, names] of Object.entries(PACKAGE_DETAIL_PARAMS)) {
      for (const words of [en.shows.package.detail, zhCN.shows.package.detail]) {
        const text: string | undefined = (words as Record<string, string>)[code];
        expect(text, code).toBeTruthy();
        expect(placeholders(text ?? ''), code).toEqual([...names].sort());
      }
    }
    expect(Object.keys(zhCN.shows.package.detail).sort()).toEqual(Object.keys(PACKAGE_DETAIL_PARAMS).sort());
  });
});
