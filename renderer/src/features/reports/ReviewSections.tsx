import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import { ChartsSection } from './ChartsSection';
import { CouponsTable } from './CouponsTable';
import { CueTable } from './CueTable';
import { DerivedSection } from './DerivedSection';
import { ExplainSalesTable } from './ExplainSalesTable';
import { HealthSection } from './HealthSection';
import { IncidentsSection } from './IncidentsSection';
import { PlatformProductsTable } from './PlatformProductsTable';
import { ProductsTable } from './ProductsTable';
import { itemNames } from './reportNames';
import { TasksTable } from './TasksTable';
import { TotalsSection } from './TotalsSection';
import { useFormatters } from './useFormatters';
import './reports.css';

/**
 * The body of a session's review, from totals to incidents. The app's review and the head-office console's
 * drill-down both render this, so a store and head office read the same review of the same session.
 */
export function ReviewSections({ report }: { report: SessionReport }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const names = useMemo(() => itemNames(report.cues, report.products), [report.cues, report.products]);
  return (
    <>
      {report.session.live && (
        <p className="notice notice--warn" role="status">
          {t('reports.review.liveNote', { when: f.time(report.session.asOf) })}
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
    </>
  );
}

/** The review's title: the show (or the session id), a live badge, when it started and ended. */
export function ReviewTitle({ report }: { report: SessionReport }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { session } = report;
  return (
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
  );
}
