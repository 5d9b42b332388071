import type { TFunction } from 'i18next';
import { ApiCallError } from '../../../shared/api/errors';
import { problemCodeOf } from './syncView';

/** A refused sync action in plain words, and the form field it belongs to (null: above the form). */
export interface SyncErrorText {
  field: string | null;
  text: string;
}

/**
 * Reasons become the sentences of Settings → 总部同步 (the backend's messages are English, for logs); an error
 * about a field goes to that field.
 */
export function syncErrorText(error: unknown, t: TFunction): SyncErrorText {
  if (!(error instanceof ApiCallError)) return { field: null, text: error instanceof Error ? error.message : String(error) };
  const head = typeof error.path?.[0] === 'string' ? error.path[0] : null;
  if (error.reason === 'INSECURE_ADDRESS') return { field: 'hubUrl', text: t('headOffice.address.insecure') };
  const problem = problemCodeOf(error.reason);
  if (problem === 'CODE_INVALID' || problem === 'RATE_LIMITED') return { field: 'code', text: t(`headOffice.problem.${problem}`) };
  if (problem) return { field: head, text: t(`headOffice.problem.${problem}`) };
  if (error.code === 'UNAVAILABLE') return { field: null, text: t('headOffice.offline') };
  return { field: head, text: error.message };
}
