import { useTranslation } from 'react-i18next';
import type { SessionReport, TaskReport } from '../../../../shared/domain/report/sessionReport';
import { type Column, DataTable } from '../../ui/DataTable';
import type { ItemNames } from './reportNames';
import { Section } from './Section';
import { hasPlatformData, SourceTag } from './SourceTag';
import { useFormatters } from './useFormatters';
import { Value } from './Value';

/** Follower tasks and giveaways that ran: target against what was reached, when it was met, and how often it ran. */
export function TasksTable({ report, names }: { report: SessionReport; names: ItemNames }) {
  const { t } = useTranslation();
  const f = useFormatters();
  // Tags only once a platform file is in: before that every reach was typed.
  const tagged = hasPlatformData(report);
  const platform = report.sources.platform.trend?.platform ?? null;
  const columns: Column<TaskReport>[] = [
    { key: 'task', header: t('reports.tasks.task'), rowHeader: true, cell: (task) => names.task(task.taskId) },
    {
      key: 'type',
      header: t('reports.cues.type'),
      cell: (task) => (task.cueType === null ? '' : t(`glossary.cueType.${task.cueType}`)),
    },
    {
      key: 'runs',
      header: t('reports.sources.runs'),
      numeric: true,
      // Re-fires are counted on the task's row (不再是互不相关的两行): "2 次（返场 1 次）".
      cell: (task) =>
        task.runs === null
          ? ''
          : task.runs > 1
            ? t('reports.sources.runsWithRefires', { runs: task.runs, refires: task.runs - 1 })
            : task.runs,
    },
    { key: 'target', header: t('reports.tasks.target'), numeric: true, cell: (task) => f.count(task.target) },
    {
      key: 'reached',
      header: t('reports.tasks.reached'),
      numeric: true,
      // Nothing counted while it ran: the reach was never entered, not 0.
      cell: (task) => (
        <>
          <Value compact text={task.counted ? f.count(task.reached) : null} />
          {tagged && task.counted && <SourceTag source={task.source} platform={task.source === 'platform' ? platform : null} />}
        </>
      ),
    },
    {
      key: 'met',
      header: t('reports.tasks.met'),
      cellAttributes: (task) => ({ className: !task.counted ? 'muted' : task.targetMet ? 'reports-ok' : 'reports-warn' }),
      cell: (task) =>
        !task.counted
          ? t('reports.sources.notCounted')
          : task.targetMet && task.metAt !== null
            ? t('reports.tasks.metAt', { when: f.time(task.metAt) })
            : task.targetMet
              ? t('reports.tasks.met')
              : t('reports.tasks.notMet'),
    },
  ];
  return (
    <Section id="tasks" title={t('reports.tasks.title')} empty={report.tasks.length === 0 ? t('reports.tasks.empty') : null}>
      <DataTable
        testId="reports-tasks"
        columns={columns}
        rows={report.tasks}
        rowKey={(task) => task.taskId}
        rowAttributes={(task) => ({
          'data-testid': 'reports-task',
          'data-task-id': task.taskId,
          'data-met': task.targetMet ? 'true' : 'false',
          'data-counted': task.counted ? 'true' : 'false',
          'data-source': task.source ?? undefined,
        })}
      />
      {report.tasks.some((task) => task.source === 'platform') && (
        <p className="muted reports-note">{t('reports.definitions.taskReached')}</p>
      )}
    </Section>
  );
}
