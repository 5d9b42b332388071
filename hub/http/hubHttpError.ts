import type { HubErrorCode } from '../../shared/api/hub/hubErrors';

/** A refusal the hub answers as `HubError` with `HUB_ERROR_STATUS[code]`. Thrown anywhere inside a handler. */
export class HubHttpError extends Error {
  constructor(
    readonly code: HubErrorCode,
    message: string,
    readonly path?: (string | number)[],
    /** For RATE_LIMITED: how long until a retry can succeed, sent as `Retry-After` too. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  static invalid(message: string, path?: (string | number)[]) {
    return new HubHttpError('INVALID_PAYLOAD', message, path);
  }
  static forbidden(message: string) {
    return new HubHttpError('FORBIDDEN', message);
  }
  static notFound(message: string) {
    return new HubHttpError('NOT_FOUND', message);
  }
  static conflict(message: string, path?: (string | number)[]) {
    return new HubHttpError('CONFLICT', message, path);
  }
  /** RATE_LIMITED until the oldest counted failure leaves its window: "<what>: try again in N minutes". */
  static rateLimited(what: string, oldest: number, windowMs: number, now: number) {
    const seconds = Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
    const minutes = Math.ceil(seconds / 60);
    return new HubHttpError('RATE_LIMITED', `${what}: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, undefined, seconds);
  }
}
