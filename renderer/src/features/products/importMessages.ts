import { ImportFailureCode, ImportIssueCode } from '../../../../shared/domain/import/importIssue';

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
