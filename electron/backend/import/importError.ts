import type { ImportFailureCode } from '../../../shared/domain/import/importIssue';

/** A whole-file or whole-job failure (as opposed to a problem in one row), with a stable code. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportFailureCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
