import { useTranslation } from 'react-i18next';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import type { ReportsState } from '../../state/reports/reportsStore';
import { useReports, useReportsStore } from '../../state/reports/useReportsStore';
import { ExportButtons } from './ExportButtons';
import { PlatformImportButton } from './platformImport/PlatformImportButton';
import { ReviewSections, ReviewTitle } from './ReviewSections';

/**
 * Whether the review's place asks for a session to be picked: not while none is listed (the list says there are none
 * yet, or why it could not be read).
 */
export function asksForSession(state: Pick<ReportsState, 'selectedId' | 'sessions'>): boolean {
  return state.selectedId === null && state.sessions.length > 0;
}

/** The selected session's review, or why there is none yet. */
export function SessionReview() {
  const { t } = useTranslation();
  const store = useReportsStore();
  const selectedId = useReports((s) => s.selectedId);
  const asks = useReports(asksForSession);
  const report = useReports((s) => s.report);
  const loading = useReports((s) => s.reportLoading);
  const error = useReports((s) => s.reportError);

  if (selectedId === null) {
    return asks ? <p className="reports-placeholder muted">{t('reports.review.placeholder')}</p> : null;
  }
  if (error) {
    return (
      <div className="notice notice--error" role="alert" data-testid="reports-review-error">
        <p>{t('reports.review.failed', { message: error })}</p>
        <button type="button" className="button button--quiet" onClick={() => void store.getState().reloadReport()}>
          {t('reports.review.retry')}
        </button>
      </div>
    );
  }
  if (report === null) {
    return (
      <p className="reports-placeholder muted" role="status" data-testid="reports-review-loading">
        {t('reports.review.loading')}
      </p>
    );
  }
  return <Review report={report} refreshing={loading} />;
}

function Review({ report, refreshing }: { report: SessionReport; refreshing: boolean }) {
  const { t } = useTranslation();
  const store = useReportsStore();
  const { session } = report;

  return (
    <article className="reports-review" data-testid="reports-review" data-session-id={session.sessionId} aria-busy={refreshing}>
      <header className="reports-review__head">
        <ReviewTitle report={report} />
        <div className="reports-review__actions">
          <button
            type="button"
            className="button button--quiet"
            data-testid="reports-refresh-review"
            disabled={refreshing}
            onClick={() => void store.getState().reloadReport()}
          >
            {t('reports.review.refresh')}
          </button>
          <PlatformImportButton sessionId={session.sessionId} ended={!session.live} />
          <ExportButtons />
        </div>
      </header>
      <ReviewSections report={report} />
    </article>
  );
}
