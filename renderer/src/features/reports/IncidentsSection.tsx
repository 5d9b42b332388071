import { useTranslation } from 'react-i18next';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import { type Column, DataTable } from '../../ui/DataTable';
import type { ItemNames } from './reportNames';
import { Section } from './Section';
import { useFormatters } from './useFormatters';

type ObsBatchFailure = SessionReport['obs']['failures'][number];
type FailureRow = { at: ObsBatchFailure['at']; cueId: ObsBatchFailure['cueId'] } & ObsBatchFailure['failures'][number];

/** Panics, outputs that failed to start or stopped without LiveCue, and OBS request batches that failed, action by action. */
export function IncidentsSection({ report, names }: { report: SessionReport; names: ItemNames }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { panics, obs } = report;
  const outputs = report.outputs.filter((o) => o.event !== 'started' && !(o.event === 'stopped' && o.byLiveCue));
  // One row per failed action; rows of an immutable report never reorder, so their index is their key.
  const failures: FailureRow[] = obs.failures.flatMap((batch) =>
    batch.failures.map((failure) => ({ at: batch.at, cueId: batch.cueId, ...failure })),
  );
  const columns: Column<FailureRow>[] = [
    { key: 'at', header: t('reports.incidents.at'), cell: (r) => f.time(r.at) },
    { key: 'cue', header: t('reports.incidents.cue'), cell: (r) => names.cue(r.cueId) ?? '' },
    { key: 'action', header: t('reports.incidents.action'), cell: (r) => r.action, cellAttributes: () => ({ className: 'mono' }) },
    { key: 'message', header: t('reports.incidents.message'), wrap: true, cell: (r) => r.message },
  ];
  const quiet = panics.length === 0 && obs.failedBatches === 0 && outputs.length === 0;
  return (
    <Section id="incidents" title={t('reports.incidents.title')}>
      {quiet && <p className="muted">{t('reports.incidents.none')}</p>}
      <p data-testid="reports-obs-batches">{t('reports.incidents.batches', { failed: obs.failedBatches, total: obs.batches })}</p>
      {panics.length > 0 && (
        <>
          <p data-testid="reports-panics">{t('reports.incidents.panics', { count: panics.length })}</p>
          <ul className="reports-list">
            {panics.map((p) => (
              <li key={p.at} className="reports-warn">
                {t('reports.incidents.panicAt', { when: f.time(p.at) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {outputs.length > 0 && (
        <ul className="reports-list" data-testid="reports-output-events">
          {outputs.map((o) => (
            <li key={`${o.at}-${o.output}-${o.event}`} className="reports-warn" data-output={o.output} data-event={o.event}>
              {t(`reports.incidents.output.${o.event}`, {
                when: f.time(o.at),
                // The console's words for outputs and their problems: one wording in both places.
                output: t(`live.outputs.names.${o.output}`),
                reason: o.problem ? t(`live.outputProblems.${o.problem}`, { subject: o.subject ?? '' }) : (o.message ?? ''),
              })}
            </li>
          ))}
        </ul>
      )}
      {failures.length > 0 && (
        <DataTable
          testId="reports-obs-failures"
          columns={columns}
          rows={failures}
          rowKey={(_, i) => String(i)}
          rowAttributes={() => ({ 'data-testid': 'reports-obs-failure' })}
        />
      )}
    </Section>
  );
}
