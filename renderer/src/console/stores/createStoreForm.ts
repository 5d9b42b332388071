import { HubRequestError } from '../../../../shared/api/hub/hubClient';
import { CreateStoreRequest } from '../../../../shared/api/hub/hubConsole';

export const STORE_FIELDS = ['code', 'name', 'region', 'group'] as const;
export type StoreField = (typeof STORE_FIELDS)[number];

/** Keys under `console.create.*` naming what is wrong with a field. */
export type StoreFieldProblem =
  | 'codeRequired'
  | 'codeInvalid'
  | 'codeTaken'
  | 'nameRequired'
  | 'tooLong'
  | 'regionRequired'
  | 'regionForbidden';
export type StoreFormErrors = Partial<Record<StoreField, StoreFieldProblem>>;

export type StoreDraft = Record<StoreField, string>;

/**
 * Checks a new store against the contract before sending: the same schema the hub applies, so the form names the
 * field the hub would refuse. An account with regions must choose one of them.
 */
export function checkStoreDraft(
  draft: StoreDraft,
  accountRegions: readonly string[],
): { ok: true; body: CreateStoreRequest } | { ok: false; errors: StoreFormErrors } {
  const errors: StoreFormErrors = {};
  const parsed = CreateStoreRequest.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field !== 'code' && field !== 'name' && field !== 'region' && field !== 'group') continue;
      if (errors[field]) continue;
      if (issue.code === 'too_big') errors[field] = 'tooLong';
      else if (field === 'code') errors.code = draft.code.trim() === '' ? 'codeRequired' : 'codeInvalid';
      else if (field === 'name') errors.name = 'nameRequired';
    }
  }
  if (accountRegions.length > 0 && !accountRegions.includes(draft.region.trim())) errors.region = 'regionRequired';
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}

/** A refusal from the hub, on the field it concerns when it names one; null when it is not about a field. */
export function storeRefusal(error: unknown): StoreFormErrors | null {
  if (!(error instanceof HubRequestError)) return null;
  if (error.hubCode === 'CONFLICT') return { code: 'codeTaken' };
  if (error.hubCode === 'FORBIDDEN') return { region: 'regionForbidden' };
  if (error.hubCode === 'INVALID_PAYLOAD') {
    const field = /body\.(code|name|region|group)\b/.exec(error.message)?.[1] as StoreField | undefined;
    if (field === 'code') return { code: 'codeInvalid' };
    if (field === 'name') return { name: 'nameRequired' };
    if (field === 'region' || field === 'group') return { [field]: 'tooLong' };
  }
  return null;
}
