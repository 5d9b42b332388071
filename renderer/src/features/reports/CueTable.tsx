import { useTranslation } from 'react-i18next';
import type { CueInterval, SessionReport } from '../../../../shared/domain/report/sessionReport';
import { type Column, DataTable } from '../../ui/DataTable';
import { formatDuration, formatSignedDuration } from './reportFormat';
import './reportSources.css';
import { Section } from './Section';
import { useFormatters } from './useFormatters';
import { Value } from './Value';

/** Highlighted exactly when the shown overrun is positive (it is rounded to the second). */
const isOver = (c: CueInterval) => c.overrunMs !== null && Math.round(c.overrunMs / 1000) > 0;

/** Planned vs actual for every run of every cue (a re-fire is its own row, numbered as the cue's nth run); an overrun is highlighted. */
export function CueTable({ report }: { report: SessionReport }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const columns: Column<CueInterval>[] = [
    { key: 'index', header: t('reports.cues.index'), numeric: true, cell: (_, i) => i + 1 },
    {
      key: 'cue',
      header: t('reports.cues.cue'),
      rowHeader: true,
      // A re-fire reads as the same cue again, numbered, not as an unrelated row. Its kind and what started it sit
      // under the title rather than in columns of their own, so the table fits a 1366 screen in English too.
      cell: (c) => (
        <>
          {c.title}
          {c.run > 1 && (
            <span className="reports-run" data-testid="reports-cue-run">
              {t('reports.sources.run', { run: c.run })}
            </span>
          )}
          <span className="reports-cue-kind muted" data-testid="reports-cue-kind">
            {t(`glossary.cueType.${c.cueType}`)} · {t(`reports.triggers.${c.trigger}`)}
          </span>
        </>
      ),
    },
    { key: 'plannedStart', header: t('reports.cues.plannedStart'), cell: (c) => <Value compact text={f.time(c.plannedStartAt)} /> },
    { key: 'start', header: t('reports.cues.start'), cell: (c) => f.time(c.startedAt) },
    {
      key: 'startDelay',
      header: t('reports.cues.startDelay'),
      numeric: true,
      cell: (c) => <Value compact text={formatSignedDuration(c.startDelayMs)} />,
    },
    {
      key: 'end',
      header: t('reports.cues.end'),
      cell: (c) => (c.endedAt === null ? <span className="reports-running">{t('reports.cues.running')}</span> : f.time(c.endedAt)),
    },
    {
      key: 'plannedDuration',
      header: t('reports.cues.plannedDuration'),
      numeric: true,
      cell: (c) => <Value compact text={formatDuration(c.plannedDurationMs)} />,
    },
    { key: 'duration', header: t('reports.cues.duration'), numeric: true, cell: (c) => formatDuration(c.durationMs) },
    {
      key: 'overrun',
      header: t('reports.cues.overrun'),
      numeric: true,
      cell: (c) =>
        isOver(c) ? (
          <strong className="reports-overrun" data-testid="reports-cue-overrun">
            {formatSignedDuration(c.overrunMs)}
            <span className="visually-hidden"> {t('reports.cues.overrunLabel')}</span>
          </strong>
        ) : (
          <Value compact text={formatSignedDuration(c.overrunMs)} />
        ),
    },
    {
      key: 'endReason',
      header: t('reports.cues.endReason'),
      cell: (c) => (c.endReason === null ? '' : t(`reports.endReasons.${c.endReason}`)),
    },
  ];
  return (
    <Section id="cues" title={t('reports.cues.title')} empty={report.cues.length === 0 ? t('reports.cues.empty') : null}>
      <DataTable
        testId="reports-cues"
        columns={columns}
        rows={report.cues}
        rowKey={(c) => `${c.cueId}-${c.startedAt}`}
        rowAttributes={(c) => ({
          'data-testid': 'reports-cue',
          'data-cue-id': c.cueId,
          'data-overrun': isOver(c) ? 'true' : 'false',
          className: isOver(c) ? 'reports-row--overrun' : undefined,
        })}
      />
      <p className="muted reports-note">
        {t('reports.definitions.startDelayMs')} {t('reports.definitions.overrunMs')}
      </p>
    </Section>
  );
}
