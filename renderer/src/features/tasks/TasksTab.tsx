import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LoyaltyTask, TaskType } from '../../../../shared/domain/catalog/loyaltyTask';
import { formatMinSec } from '../../format/minSec';
import { useTasks } from '../../state/catalog/catalogStores';
import { CatalogListFrame } from '../../ui/catalog/CatalogListFrame';
import { TaskEditor } from '../../ui/catalog/TaskEditor';
import { rowKeyDown } from '../../ui/useListShortcuts';

/** Follower tasks and giveaways: goal, prize, how to take part, duration; a row opens the editor. */
export function TasksTab() {
  const { t } = useTranslation();
  const list = useTasks((s) => s);
  const { items, loading, query } = list;
  const [type, setType] = useState<TaskType | ''>('');
  const [editing, setEditing] = useState<{ task: LoyaltyTask | null } | null>(null);
  const startNew = useCallback(() => setEditing({ task: null }), []);

  const needle = query.trim().toLowerCase();
  const shown = useMemo(
    () => items.filter((task) => (type === '' || task.type === type) && task.title.toLowerCase().includes(needle)),
    [items, needle, type],
  );

  const typeFilter = (
    <>
      <label className="visually-hidden" htmlFor="tasks-type">
        {t('tasks.typeFilter')}
      </label>
      <select
        id="tasks-type"
        className="pfield__control products-toolbar__category"
        data-testid="tasks-type"
        value={type}
        onChange={(e) => {
          const parsed = TaskType.safeParse(e.target.value);
          setType(parsed.success ? parsed.data : '');
        }}
      >
        <option value="">{t('tasks.allTypes')}</option>
        {TaskType.options.map((option) => (
          <option key={option} value={option}>
            {t(`glossary.taskType.${option}`)}
          </option>
        ))}
      </select>
    </>
  );

  return (
    <CatalogListFrame
      ns="tasks"
      list={list}
      filters={typeFilter}
      shownCount={shown.length}
      editing={editing !== null}
      onNew={startNew}
      editor={editing && <TaskEditor key={editing.task?.id ?? 'new'} task={editing.task} onClose={() => setEditing(null)} />}
    >
      <table className="table products-table catalog-table" data-testid="tasks-table" aria-busy={loading}>
        <thead>
          <tr>
            <th scope="col">{t('tasks.columns.name')}</th>
            <th scope="col">{t('tasks.columns.goal')}</th>
            <th scope="col">{t('tasks.columns.reward')}</th>
            <th scope="col">{t('tasks.columns.entry')}</th>
            <th scope="col">{t('tasks.columns.duration')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((task) => (
            <tr
              key={task.id}
              tabIndex={0}
              data-testid="tasks-row"
              data-id={task.id}
              data-type={task.type}
              onClick={() => setEditing({ task })}
              onKeyDown={rowKeyDown(() => setEditing({ task }))}
            >
              <td>
                <span className="products-table__name">{task.title}</span>
                <span className={`type-badge type-badge--${task.type}`}>{t(`glossary.taskType.${task.type}`)}</span>
              </td>
              <td className="catalog-table__nowrap" data-testid="tasks-row-goal">
                {t(`tasks.goal.${task.type}`, { n: task.target.toLocaleString() })}
              </td>
              <td>{task.reward || <span className="muted">—</span>}</td>
              <td>
                {task.entry || (task.keyword === null ? <span className="muted">—</span> : null)}
                {task.keyword !== null && <span className="catalog-table__sub">{t('tasks.password', { keyword: task.keyword })}</span>}
              </td>
              <td className="catalog-table__nowrap">
                {task.durationMs === null ? t('tasks.untilStopped') : formatMinSec(task.durationMs)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </CatalogListFrame>
  );
}
