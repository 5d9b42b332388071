import type { TFunction } from 'i18next';
import { problemText } from '../shell/problemText';

/** What failed on the results page: the results, a store's sessions, a session's review, an export. */
export type ResultsFailure = 'state.failed' | 'drill.failed' | 'drill.reviewFailed' | 'export.failed';

/**
 * A failed request of the results page in the UI language, the hub's problem said as the other console pages say it.
 * Each is a request the reader asked for (nothing polls here): an unreachable hub says to try again.
 */
export const resultsProblemText = (t: TFunction, failure: ResultsFailure, error: unknown): string =>
  t(`consoleResults.${failure}`, { message: problemText(t, error, { once: true }) });
