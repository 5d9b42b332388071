import { ApiCallError, type ApiErrorCode } from '../../../../shared/api/errors';
import { type PackageDetail, toPackageDetail } from '../../../../shared/domain/showPackage/packageRefusals';

/** Field errors of a failed call, by dotted path ("name", "config.productId"); "" holds an error about no field. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiCallError)) return { '': error instanceof Error ? error.message : String(error) };
  const out: Record<string, string> = {};
  for (const issue of error.issues ?? []) {
    const key = issue.path.join('.');
    out[key] ??= issue.message;
  }
  if (Object.keys(out).length === 0) out[error.path ? error.path.join('.') : ''] = error.message;
  return out;
}

/** Picks the first error under any of `keys` (a key matches itself and anything below it). */
export function errorFor(errors: Record<string, string>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const [path, message] of Object.entries(errors)) {
      if (path === key || path.startsWith(`${key}.`)) return message;
    }
  }
  return undefined;
}

/** Errors that belong to none of `known` fields, to show above the form. */
export function otherErrors(errors: Record<string, string>, known: readonly string[]): string[] {
  return Object.entries(errors)
    .filter(([path]) => !known.some((key) => path === key || path.startsWith(`${key}.`)))
    .map(([, message]) => message);
}

/** Why a package could not be read or imported, as a translatable kind; the backend's message stays the detail. */
export type PackageErrorKind =
  | 'notPackage'
  | 'tampered'
  | 'newerFormat'
  | 'tooLarge'
  | 'expired'
  | 'busy'
  | 'offline'
  | 'invalid'
  | 'unfinished'
  | 'other';

const REASONS: Record<string, PackageErrorKind> = {
  PACKAGE_NOT_ZIP: 'notPackage',
  PACKAGE_NOT_LIVECUE: 'notPackage',
  PACKAGE_TAMPERED: 'tampered',
  PACKAGE_NEWER_FORMAT: 'newerFormat',
  PACKAGE_TOO_LARGE: 'tooLarge',
  PACKAGE_INVALID: 'invalid',
  PACKAGE_APPLY_UNFINISHED: 'unfinished',
};

export function packageErrorKind(error: unknown): PackageErrorKind {
  if (!(error instanceof ApiCallError)) return 'other';
  const byReason = error.reason ? REASONS[error.reason] : undefined;
  if (byReason) return byReason;
  const code: ApiErrorCode = error.code;
  if (code === 'UNAVAILABLE') return 'offline';
  if (code === 'NOT_FOUND' && error.path?.[0] === 'previewId') return 'expired';
  if (code === 'CONFLICT' && error.path?.[0] === 'previewId') return 'busy';
  return code === 'INVALID_PAYLOAD' ? 'invalid' : 'other';
}

/**
 * Why the package was refused, in detail, for the panel to word in the user's language: null when the backend sent
 * no detail, or one this version has no words for (a newer backend's), or without the values its words need; the
 * message is shown then.
 */
export function packageErrorDetail(error: unknown): PackageDetail | null {
  return error instanceof ApiCallError && error.detail ? toPackageDetail(error.detail) : null;
}
