import { HubRequestError } from '../../../shared/api/hub/hubClient';
import type { SyncProblem, SyncState } from '../../../shared/domain/sync/syncStatus';
import { DomainError } from '../dispatch/domainError';

/** Any failure of a sync turn as the status shows it, with a plain detail. */
export function toProblem(error: unknown, at: number): SyncProblem {
  if (error instanceof HubRequestError) return { code: error.problem, detail: error.message, at };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'REJECTED', detail, at };
}

/** The state a problem leaves the link in: no answer is `offline`, a refusal is `error`. */
export function stateOf(problem: SyncProblem): SyncState {
  if (problem.code === 'UNREACHABLE' || problem.code === 'TLS') return 'offline';
  if (problem.code === 'REVOKED') return 'revoked';
  return 'error';
}

const HINTS: Partial<Record<SyncProblem['code'], string>> = {
  UNREACHABLE: 'Check the network and the hub address',
  TLS: "The hub's HTTPS certificate is not trusted",
  CODE_INVALID: 'The enrollment code is unknown, expired or already used; ask head office for a new one',
  RATE_LIMITED: 'Too many wrong enrollment codes were tried from this network; wait and try again',
  BAD_RESPONSE: 'The address does not answer like a LiveCue hub of this version',
  SIGN_IN_FAILED: 'The user name or password is wrong',
  SIGN_IN_LIMITED: 'Too many failed sign-ins; wait and try again',
};

/** A command's refusal (enroll, sign in, publish) for the user: the reason is the problem's code. */
export function toDomainError(error: unknown, path?: (string | number)[]): unknown {
  if (!(error instanceof HubRequestError)) return error;
  const hint = HINTS[error.problem];
  return new DomainError('CONFLICT', hint ? `${hint} (${error.message})` : error.message, {
    reason: error.problem,
    ...(path ? { path } : {}),
  });
}
