import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import { useReports, useReportsStore } from '../../state/reports/useReportsStore';
import { ChartsSection } from './ChartsSection';
import { CouponsTable } from './CouponsTable';
import { CueTable } from './CueTable';
import { DerivedSection } from './DerivedSection';
import { ExplainSalesTable } from './ExplainSalesTable';
import { ExportButtons } from './ExportButtons';
import { HealthSection } from './HealthSection';
import { IncidentsSection } from './IncidentsSection';
import { PlatformProductsTable } from './PlatformProductsTable';
import { ProductsTable } from './ProductsTable';
import { PlatformImportButton } from './platformImport/PlatformImportButton';
import { itemNames } from './reportNames';
import { TasksTable } from './TasksTable';
import { TotalsSection } from './TotalsSection';
import { useFormatters } from './useFormatters';

/** The selected session's review, or why there is none yet. */
export function SessionReview() {
  const { t } = useTranslation();
  const store = useReportsStore();
  const selectedId = useReports((s) => s.selectedId);
  const report = useReports((s) => s.report);
  const loading = useReports((s) => s.reportLoading);
  const error = useReports((s) => s.reportError);

  if (selectedId === null) {
    return <p className="reports-placeholder muted">{t('reports.review.placeholder')}</p>;
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
  const f = useFormatters();
  const names = useMemo(() => itemNames(report.cues, report.products), [report.cues, report.products]);
  const { session } = report;

  return (
    <article className="reports-review" data-testid="reports-review" data-session-id={session.sessionId} aria-busy={refreshing}>
      <header className="reports-review__head">
        <div className="reports-review__title">
          <h2 data-testid="reports-review-title">
            {session.showName ?? session.sessionId}
            {session.live && <span className="reports-badge">{t('reports.list.live')}</span>}
          </h2>
          <p className="muted">
            {session.startedAt !== null && <span>{t('reports.review.started', { when: f.dateTime(session.startedAt) })}</span>}
            {session.endedAt !== null && <span> · {t('reports.review.ended', { when: f.dateTime(session.endedAt) })}</span>}
          </p>
        </div>
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
      {session.live && (
        <p className="notice notice--warn" role="status">
          {t('reports.review.liveNote', { when: f.time(session.asOf) })}
        </p>
      )}
      {report.skippedEvents > 0 && (
        <p className="notice notice--warn" role="status" data-testid="reports-skipped">
          {t('reports.review.skipped', { count: report.skippedEvents })}
        </p>
      )}
      <TotalsSection report={report} />
      <DerivedSection report={report} />
      <ChartsSection report={report} names={names} />
      <CueTable report={report} />
      <ProductsTable report={report} names={names} />
      <ExplainSalesTable report={report} names={names} />
      <PlatformProductsTable report={report} names={names} />
      <CouponsTable report={report} names={names} />
      <TasksTable report={report} names={names} />
      <HealthSection report={report} />
      <IncidentsSection report={report} names={names} />
    </article>
  );
}
