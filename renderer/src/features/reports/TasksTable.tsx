import { useTranslation } from 'react-i18next';
import type { SessionReport, TaskReport } from '../../../../shared/domain/report/sessionReport';
import { type Column, DataTable } from '../../ui/DataTable';
import type { ItemNames } from './reportNames';
import { Section } from './Section';
import { useFormatters } from './useFormatters';

/** Follower tasks: target against what was reached, and when it was met. */
export function TasksTable({ report, names }: { report: SessionReport; names: ItemNames }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const columns: Column<TaskReport>[] = [
    { key: 'task', header: t('reports.tasks.task'), rowHeader: true, cell: (task) => names.task(task.taskId) },
    { key: 'target', header: t('reports.tasks.target'), numeric: true, cell: (task) => f.count(task.target) },
    { key: 'reached', header: t('reports.tasks.reached'), numeric: true, cell: (task) => f.count(task.reached) },
    {
      key: 'met',
      header: t('reports.tasks.met'),
      cellAttributes: (task) => ({ className: task.targetMet ? 'reports-ok' : 'reports-warn' }),
      cell: (task) =>
        task.targetMet && task.metAt !== null
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
        rowAttributes={(task) => ({ 'data-testid': 'reports-task', 'data-met': task.targetMet ? 'true' : 'false' })}
      />
    </Section>
  );
}
