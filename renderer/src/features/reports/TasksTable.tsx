import { useTranslation } from 'react-i18next';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import type { ItemNames } from './reportNames';
import { Section } from './Section';
import { useFormatters } from './useFormatters';

/** Follower tasks: target against what was reached, and when it was met. */
export function TasksTable({ report, names }: { report: SessionReport; names: ItemNames }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <Section id="tasks" title={t('reports.tasks.title')} empty={report.tasks.length === 0 ? t('reports.tasks.empty') : null}>
      <div className="reports-table-wrap">
        <table className="reports-table" data-testid="reports-tasks">
          <thead>
            <tr>
              <th scope="col">{t('reports.tasks.task')}</th>
              <th scope="col" className="num">
                {t('reports.tasks.target')}
              </th>
              <th scope="col" className="num">
                {t('reports.tasks.reached')}
              </th>
              <th scope="col">{t('reports.tasks.met')}</th>
            </tr>
          </thead>
          <tbody>
            {report.tasks.map((task) => (
              <tr key={task.taskId} data-testid="reports-task" data-met={task.targetMet ? 'true' : 'false'}>
                <th scope="row" className="reports-table__name">
                  {names.task(task.taskId)}
                </th>
                <td className="num">{f.count(task.target)}</td>
                <td className="num">{f.count(task.reached)}</td>
                <td className={task.targetMet ? 'reports-ok' : 'reports-warn'}>
                  {task.targetMet && task.metAt !== null
                    ? t('reports.tasks.metAt', { when: f.time(task.metAt) })
                    : task.targetMet
                      ? t('reports.tasks.met')
                      : t('reports.tasks.notMet')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
