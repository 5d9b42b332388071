import type { z } from 'zod';
import type { ApiError, ApiErrorCode, ApiErrorDetail, ApiIssue } from '../../../shared/api/errors';

type DomainErrorCode = Exclude<ApiErrorCode, 'INTERNAL' | 'UNKNOWN_METHOD' | 'UNKNOWN_TOPIC' | 'INVALID_RESPONSE' | 'UNAVAILABLE'>;

/**
 * A refusal a service means the client to see: reaches the caller as a structured error with this
 * code, message and field path, instead of INTERNAL. Anything else a handler throws is a bug.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly path: (string | number)[] | undefined;
  readonly issues: ApiIssue[] | undefined;
  readonly reason: string | undefined;
  /** The message as a code and values, for the UI to word in its own language. */
  readonly detail: ApiErrorDetail | undefined;

  constructor(
    code: DomainErrorCode,
    message: string,
    options: { path?: (string | number)[]; issues?: ApiIssue[]; reason?: string; detail?: ApiErrorDetail } = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.path = options.path ?? options.issues?.[0]?.path;
    this.issues = options.issues ?? (options.path ? [{ path: options.path, message }] : undefined);
    this.reason = options.reason;
    this.detail = options.detail;
  }

  /** Field problems found after merging an update, reported like a failed input schema. */
  static invalid(issues: ApiIssue[], prefix: (string | number)[] = []): DomainError {
    const withPrefix = issues.map((i) => ({ path: [...prefix, ...i.path], message: i.message }));
    const first = withPrefix[0];
    const where = first && first.path.length > 0 ? ` at "${first.path.join('.')}"` : '';
    return new DomainError('INVALID_PAYLOAD', `Invalid${where}: ${first?.message ?? 'invalid'}`, { issues: withPrefix });
  }

  static fromZod(error: z.ZodError, prefix: (string | number)[] = []): DomainError {
    return DomainError.invalid(
      error.issues.map((i) => ({ path: i.path.filter((p): p is string | number => typeof p !== 'symbol'), message: i.message })),
      prefix,
    );
  }

  static notFound(what: string, id: string, path?: (string | number)[]): DomainError {
    return new DomainError('NOT_FOUND', `${what} ${id} does not exist`, path ? { path } : {});
  }

  toApiError(): ApiError {
    return {
      code: this.code,
      message: this.message,
      ...(this.path ? { path: this.path } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
      ...(this.reason ? { reason: this.reason } : {}),
      ...(this.detail ? { detail: this.detail } : {}),
    };
  }
}
