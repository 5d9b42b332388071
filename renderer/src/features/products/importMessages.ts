import type { TFunction } from 'i18next';
import { ImportFailureCode, ImportIssueCode } from '../../../../shared/domain/import/importIssue';
import type { ImportFailure } from '../../state/products/importStore';

/** Failure codes with their own translated text (the rest fall back to the backend's English). */
export type FailureKey = `products.import.failure.${ImportFailureCode}`;
export type IssueKey = `products.import.issue.${ImportIssueCode}`;

/** The text key for an error's `reason`, or null when the reason is unknown (show the backend's message). */
export function failureKey(reason: string | undefined): FailureKey | null {
  const parsed = ImportFailureCode.safeParse(reason);
  return parsed.success ? `products.import.failure.${parsed.data}` : null;
}

/** The text key for an issue code, or null for a code this UI does not know yet. */
export function issueKey(code: string): IssueKey | null {
  const parsed = ImportIssueCode.safeParse(code);
  return parsed.success ? `products.import.issue.${parsed.data}` : null;
}

/** Failures whose message is the cause (a full disk, say), shown under the explanation: the user must act on it. */
const WITH_CAUSE = new Set(['APPLY_UNFINISHED', 'EARLIER_IMPORT_UNFINISHED']);

/** A failure in words: its own translated text when it has one (else the backend's), and the cause when it matters. */
export function failureText(t: TFunction, failure: ImportFailure): { text: string; cause: string | null } {
  const key = failureKey(failure.reason);
  return {
    text: key ? t(key) : t('products.import.failed', { message: failure.message }),
    cause: WITH_CAUSE.has(failure.reason ?? '') ? t('products.import.cause', { message: failure.message }) : null,
  };
}
