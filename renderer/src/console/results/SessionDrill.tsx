import { useTranslation } from 'react-i18next';
import type { HubClient } from '../../../../shared/api/hub/hubClient';
import { ReviewSections, ReviewTitle } from '../../features/reports/ReviewSections';
import { LoadingNote } from './LoadingNote';
import { LoadProblem } from './LoadProblem';
import { useLoad } from './useLoad';

/** A session's review as head office reads it: the same sections as the store's own review in the app. */
export function SessionDrill({
  client,
  token,
  storeCode,
  sessionId,
}: {
  client: HubClient;
  token: string;
  storeCode: string;
  sessionId: string;
}) {
  const { t } = useTranslation();
  const { loaded, retry } = useLoad(`${storeCode}|${sessionId}`, () =>
    client.call('sessionReport', { params: { storeCode, sessionId }, token }),
  );
  if (loaded.state === 'error') return <LoadProblem failure="drill.reviewFailed" error={loaded.error} onRetry={retry} />;
  const report = loaded.data;
  if (report === null) return <LoadingNote text={t('consoleResults.drill.reviewLoading')} testId="reports-review-loading" />;
  return (
    <article
      className="reports-review"
      data-testid="reports-review"
      data-session-id={report.session.sessionId}
      aria-busy={loaded.state === 'loading'}
    >
      <header className="reports-review__head">
        <ReviewTitle report={report} />
      </header>
      <ReviewSections report={report} />
    </article>
  );
}
