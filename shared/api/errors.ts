import { z } from 'zod';

/** Error codes every transport and client understands. */
export const ApiErrorCode = z.enum([
  'INVALID_REQUEST', // the envelope itself is malformed (not JSON, no method, …)
  'UNKNOWN_METHOD',
  'UNKNOWN_TOPIC',
  'INVALID_PAYLOAD', // the method exists but its input fails the schema
  'INVALID_RESPONSE', // a client received output that fails the contract
  'FORBIDDEN', // sender not allowed (wrong frame, wrong token)
  'UNAVAILABLE', // transport down: backend not reachable right now
  'NOT_FOUND', // the id (or hash) named in the request does not exist
  'CONFLICT', // the request clashes with stored data (duplicate SKU, item still in use, …)
  'CANCELLED', // a long job was cancelled by the user; nothing was changed
  'INTERNAL',
]);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

export const ApiIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type ApiIssue = z.infer<typeof ApiIssue>;

export const ApiErrorDetail = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ApiErrorDetail = z.infer<typeof ApiErrorDetail>;

export const ApiError = z.object({
  code: ApiErrorCode,
  message: z.string(),
  /** Path of the first offending field, when the error is about a field. */
  path: z.array(z.union([z.string(), z.number()])).optional(),
  /** Every offending field, for forms that show all errors at once. */
  issues: z.array(ApiIssue).optional(),
  /** A domain's own stable code (e.g. an import's HAS_INVALID_ROWS), for the UI to translate. */
  reason: z.string().optional(),
  /** The message itself as a stable code and its values, for the UI to word in its own language. */
  detail: ApiErrorDetail.optional(),
});
export type ApiError = z.infer<typeof ApiError>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value };
}

export function fail(code: ApiErrorCode, message: string, extra: Omit<ApiError, 'code' | 'message'> = {}): ApiResult<never> {
  return { ok: false, error: { code, message, ...extra } };
}

/** Turns a zod failure into the structured error the contract promises. */
export function issuesToError(code: 'INVALID_PAYLOAD' | 'INVALID_RESPONSE' | 'INVALID_REQUEST', what: string, error: z.ZodError): ApiError {
  const issues: ApiIssue[] = error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: issue.message,
  }));
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at "${first.path.join('.')}"` : '';
  return {
    code,
    message: `${what}${where}: ${first?.message ?? 'invalid'}`,
    ...(first ? { path: first.path } : {}),
    issues,
  };
}

/** Error thrown by client code when a call fails; carries the structured error. */
export class ApiCallError extends Error {
  readonly code: ApiErrorCode;
  readonly path: ApiError['path'];
  readonly issues: ApiError['issues'];
  readonly reason: ApiError['reason'];
  readonly detail: ApiError['detail'];
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.path = error.path;
    this.issues = error.issues;
    this.reason = error.reason;
    this.detail = error.detail;
  }
}
