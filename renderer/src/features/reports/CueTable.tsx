import { useTranslation } from 'react-i18next';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import { formatDuration, formatSignedDuration } from './reportFormat';
import { Section } from './Section';
import { useFormatters } from './useFormatters';
import { Value } from './Value';

/** Planned vs actual for every run of every cue (a re-fire is its own row); an overrun is highlighted. */
export function CueTable({ report }: { report: SessionReport }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Section id="cues" title={t('reports.cues.title')} empty={report.cues.length === 0 ? t('reports.cues.empty') : null}>
      <div className="reports-table-wrap">
        <table className="reports-table" data-testid="reports-cues">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('reports.cues.index')}
              </th>
              <th scope="col">{t('reports.cues.cue')}</th>
              <th scope="col">{t('reports.cues.type')}</th>
              <th scope="col">{t('reports.cues.trigger')}</th>
              <th scope="col">{t('reports.cues.plannedStart')}</th>
              <th scope="col">{t('reports.cues.start')}</th>
              <th scope="col" className="num">
                {t('reports.cues.startDelay')}
              </th>
              <th scope="col">{t('reports.cues.end')}</th>
              <th scope="col" className="num">
                {t('reports.cues.plannedDuration')}
              </th>
              <th scope="col" className="num">
                {t('reports.cues.duration')}
              </th>
              <th scope="col" className="num">
                {t('reports.cues.overrun')}
              </th>
              <th scope="col">{t('reports.cues.endReason')}</th>
            </tr>
          </thead>
          <tbody>
            {report.cues.map((c, i) => {
              // Highlighted exactly when the shown overrun is positive (it is rounded to the second).
              const over = c.overrunMs !== null && Math.round(c.overrunMs / 1000) > 0;
              return (
                <tr
                  key={`${c.cueId}-${c.startedAt}`}
                  data-testid="reports-cue"
                  data-cue-id={c.cueId}
                  data-overrun={over ? 'true' : 'false'}
                  className={over ? 'reports-row--overrun' : undefined}
                >
                  <td className="num">{i + 1}</td>
                  <th scope="row" className="reports-table__name">
                    {c.title}
                  </th>
                  <td>{t(`glossary.cueType.${c.cueType}`)}</td>
                  <td>{t(`reports.triggers.${c.trigger}`)}</td>
                  <td>
                    <Value compact text={f.time(c.plannedStartAt)} />
                  </td>
                  <td>{f.time(c.startedAt)}</td>
                  <td className="num">
                    <Value compact text={formatSignedDuration(c.startDelayMs)} />
                  </td>
                  <td>{c.endedAt === null ? <span className="reports-running">{t('reports.cues.running')}</span> : f.time(c.endedAt)}</td>
                  <td className="num">
                    <Value compact text={formatDuration(c.plannedDurationMs)} />
                  </td>
                  <td className="num">{formatDuration(c.durationMs)}</td>
                  <td className="num">
                    {over ? (
                      <strong className="reports-overrun" data-testid="reports-cue-overrun">
                        {formatSignedDuration(c.overrunMs)}
                        <span className="reports-visually-hidden"> {t('reports.cues.overrunLabel')}</span>
                      </strong>
                    ) : (
                      <Value compact text={formatSignedDuration(c.overrunMs)} />
                    )}
                  </td>
                  <td>{c.endReason === null ? '' : t(`reports.endReasons.${c.endReason}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted reports-note">
        {t('reports.definitions.startDelayMs')} {t('reports.definitions.overrunMs')}
      </p>
    </Section>
  );
}
