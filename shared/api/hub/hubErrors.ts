import { z } from 'zod';

/**
 * What the hub answers when it refuses a request. `code` is stable (clients translate it);
 * `message` is English for logs. HTTP status: 400 INVALID_PAYLOAD, 401 UNAUTHENTICATED / DEVICE_REVOKED,
 * 403 FORBIDDEN, 404 NOT_FOUND, 409 CONFLICT / ENROLLMENT_CODE_INVALID, 413 TOO_LARGE, 429 RATE_LIMITED, 500 INTERNAL.
 */
export const HubErrorCode = z.enum([
  'INVALID_PAYLOAD',
  'UNAUTHENTICATED', // no credential, or one the hub does not know
  'DEVICE_REVOKED', // the device's credential was revoked: stop syncing, keep local data
  'FORBIDDEN', // a known credential asking for what it may not touch
  'NOT_FOUND',
  'CONFLICT',
  'ENROLLMENT_CODE_INVALID', // unknown, expired or already used
  'TOO_LARGE',
  'INTERNAL',
  'RATE_LIMITED', // too many wrong enrollment codes or failed sign-ins: wait (the message and `retryAfterSeconds` say how long) and try again
]);
export type HubErrorCode = z.infer<typeof HubErrorCode>;

export const HubError = z.object({
  error: z.object({
    code: HubErrorCode,
    message: z.string(),
    path: z.array(z.union([z.string(), z.number()])).optional(),
    /** RATE_LIMITED only: seconds until a retry can succeed (also the `Retry-After` header). */
    retryAfterSeconds: z.number().int().positive().optional(),
  }),
});
export type HubError = z.infer<typeof HubError>;

export const HUB_ERROR_STATUS: Record<HubErrorCode, number> = {
  INVALID_PAYLOAD: 400,
  UNAUTHENTICATED: 401,
  DEVICE_REVOKED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ENROLLMENT_CODE_INVALID: 409,
  TOO_LARGE: 413,
  INTERNAL: 500,
  RATE_LIMITED: 429,
};
