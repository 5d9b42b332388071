import { DomainError } from '../../dispatch/domainError';

export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

export function objectsOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : [];
}

/** A set-up the user asked for that this OBS cannot do: a refusal naming the choice, not an internal error. */
export function setupError(message: string, path?: (string | number)[]): DomainError {
  return new DomainError('CONFLICT', message, { reason: 'OBS_SETUP', ...(path ? { path } : {}) });
}
