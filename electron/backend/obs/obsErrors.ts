import type { ObsConnectionState } from '../../../shared/domain/obsStatus';
import { DomainError } from '../dispatch/domainError';

/** Stable reasons the UI can translate. */
const OBS_OFFLINE = 'OBS_OFFLINE';
const OBS_TIMEOUT = 'OBS_TIMEOUT';
const OBS_REQUEST_FAILED = 'OBS_REQUEST_FAILED';
const OBS_UNSUPPORTED = 'OBS_UNSUPPORTED';

/**
 * A command reached the controller while OBS is not ready. Refused at once: a cue fired now must
 * not appear on stream seconds later when OBS comes back.
 */
export function obsOffline(state: ObsConnectionState): DomainError {
  return new DomainError('CONFLICT', `OBS is not connected (${state}); the command was not sent`, { reason: OBS_OFFLINE });
}

export function obsTimeout(requestType: string, ms: number): DomainError {
  return new DomainError('CONFLICT', `OBS did not answer ${requestType} within ${ms} ms`, { reason: OBS_TIMEOUT });
}

export function obsRequestFailed(requestType: string, code: number, comment: string): DomainError {
  return new DomainError('CONFLICT', `OBS refused ${requestType} (${code}): ${comment}`, { reason: OBS_REQUEST_FAILED });
}

/** OBS answered the request with a refusal: it is there and listening, unlike a timeout or a close. */
export function isObsRefusal(error: unknown): boolean {
  return error instanceof DomainError && error.reason === OBS_REQUEST_FAILED;
}

export function obsUnsupported(what: string): DomainError {
  return new DomainError('CONFLICT', `This OBS does not support ${what}`, { reason: OBS_UNSUPPORTED });
}
