import { useTranslation } from 'react-i18next';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import type { ItemNames } from './reportNames';
import { Section } from './Section';
import { useFormatters } from './useFormatters';

/** Panics, outputs that failed to start or stopped without LiveCue, and OBS request batches that failed, action by action. */
export function IncidentsSection({ report, names }: { report: SessionReport; names: ItemNames }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { panics, obs } = report;
  const outputs = report.outputs.filter((o) => o.event !== 'started' && !(o.event === 'stopped' && o.byLiveCue));
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
      {obs.failures.length > 0 && (
        <div className="reports-table-wrap">
          <table className="reports-table" data-testid="reports-obs-failures">
            <thead>
              <tr>
                <th scope="col">{t('reports.incidents.at')}</th>
                <th scope="col">{t('reports.incidents.cue')}</th>
                <th scope="col">{t('reports.incidents.action')}</th>
                <th scope="col">{t('reports.incidents.message')}</th>
              </tr>
            </thead>
            <tbody>
              {obs.failures.flatMap((batch, b) =>
                batch.failures.map((failure, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows of an immutable report never reorder
                  <tr key={`${b}-${i}`} data-testid="reports-obs-failure">
                    <td>{f.time(batch.at)}</td>
                    <td>{names.cue(batch.cueId) ?? ''}</td>
                    <td className="mono">{failure.action}</td>
                    <td className="reports-table__message">{failure.message}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
