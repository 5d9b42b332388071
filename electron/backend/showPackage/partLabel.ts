import { DomainError } from '../dispatch/domainError';

/** Runs `fn`; a refusal comes back naming the part of the package it was about (`label`). */
export function within<T>(label: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw relabel(label, error);
  }
}

/**
 * `error` with `label` in front of its message when it is a refusal; anything else as it is. Its reason and detail go
 * along (a detail's own words name what it is about).
 */
export function relabel(label: string, error: unknown): unknown {
  if (!(error instanceof DomainError)) return error;
  return new DomainError(error.code, `${label}: ${error.message}`, {
    ...(error.path ? { path: error.path } : {}),
    ...(error.issues ? { issues: error.issues } : {}),
    ...(error.reason ? { reason: error.reason } : {}),
    ...(error.detail ? { detail: error.detail } : {}),
  });
}
