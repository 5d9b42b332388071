import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type LoyaltyTask, TASK_RULES, TaskType } from '../../../../shared/domain/catalog/loyaltyTask';
import { useTasks } from '../../state/catalog/catalogStores';
import { EditorDrawer } from '../EditorDrawer';
import { type FieldControlProps, FormField } from '../FormField';
import { useEditorState } from '../useEditorState';
import {
  emptyTaskDraft,
  readTaskDraft,
  type TaskDraft,
  type TaskField,
  type TaskFormError,
  taskDraftOf,
  taskFieldOf,
  usesKeyword,
} from './taskForm';

interface Props {
  /** null: a new task. */
  task: LoyaltyTask | null;
  onClose(): void;
  /** What a new task starts with (its type, the name typed in a cue's picker). */
  initial?: Partial<TaskDraft>;
  /** The types offered; a giveaway cue's "新建福袋" offers only giveaways. */
  types?: readonly TaskType[];
  onCreated?(task: LoyaltyTask): void;
  portal?: boolean;
}

const TEST = 'task';

/** Creates or edits a follower task or a giveaway (prize, entry condition, number of winners, comment password, duration). */
export function TaskEditor({ task, onClose, initial, types = TaskType.options, onCreated, portal = false }: Props) {
  const { t } = useTranslation();
  const create = useTasks((s) => s.create);
  const update = useTasks((s) => s.update);
  const remove = useTasks((s) => s.remove);
  const state = useEditorState({
    item: task,
    draftOf: taskDraftOf,
    newDraft: () => emptyTaskDraft(initial),
    read: readTaskDraft,
    create,
    update,
    testPrefix: TEST,
    fieldOf: taskFieldOf,
    localText: (key: TaskFormError) => t(`tasks.form.errors.${key}`),
    rules: { sentences: TASK_RULES, text: (rule) => t(`tasks.rules.${rule}`) },
    inUseText: (message) => t('tasks.form.deleteInUse', { message }),
    onCreated,
    onDeleted: onClose,
  });
  const { current, draft, edit } = state;
  const id = useId();
  const type = draft.type;
  const giveaway = type === 'giveaway';

  const field = (name: TaskField, label: ReactNode, control: (props: FieldControlProps) => ReactNode, hint?: ReactNode, wide = false) => (
    <FormField {...state.fieldProps(name)} label={label} hint={hint} wide={wide}>
      {control}
    </FormField>
  );
  const text = state.textInput;

  const title = current
    ? t(current.type === 'giveaway' ? 'tasks.form.editGiveawayTitle' : 'tasks.form.editTitle')
    : t(giveaway ? 'tasks.form.newGiveawayTitle' : 'tasks.form.newTitle');

  return (
    <EditorDrawer
      title={title}
      testPrefix={TEST}
      state={state}
      onClose={onClose}
      deletion={current ? { question: t('tasks.form.confirmDelete', { title: current.title }), removeItem: remove } : undefined}
      portal={portal}
    >
      {types.length > 1 && (
        <fieldset className="pfield" data-testid="task-field-type">
          <legend className="pfield__label">{t('tasks.form.type')}</legend>
          <div className="choice-chips">
            {types.map((option) => (
              <label key={option} className="choice-chip">
                <input type="radio" name={`${id}-type`} value={option} checked={type === option} onChange={() => edit({ type: option })} />
                {t(`glossary.taskType.${option}`)}
              </label>
            ))}
          </div>
          <p className="pfield__hint">{t(`tasks.form.typeHint.${type}`)}</p>
        </fieldset>
      )}
      <div className="editor-grid">
        {field(
          'title',
          t('tasks.form.title'),
          text('title', {
            maxLength: 100,
            autoFocus: !current,
            placeholder: t(`tasks.form.titlePlaceholder.${giveaway ? 'giveaway' : 'task'}`),
          }),
          undefined,
          true,
        )}
        {field(
          'reward',
          t(giveaway ? 'tasks.form.prize' : 'tasks.form.reward'),
          text('reward', { maxLength: 500 }),
          t(giveaway ? 'tasks.form.prizeHint' : 'tasks.form.rewardHint'),
          true,
        )}
        {field(
          'entry',
          t(giveaway ? 'tasks.form.entryGiveaway' : 'tasks.form.entry'),
          text('entry', { maxLength: 200 }),
          t(giveaway ? 'tasks.form.entryGiveawayHint' : 'tasks.form.entryHint'),
          true,
        )}
        {field('target', t(`tasks.form.target.${type}`), text('target', { inputMode: 'numeric' }))}
        {field(
          'duration',
          t('tasks.form.duration'),
          text('duration', { inputMode: 'numeric', placeholder: '5:00' }),
          t('tasks.form.durationHint'),
        )}
        {usesKeyword(type) &&
          field(
            'keyword',
            t('tasks.form.keyword'),
            text('keyword', { maxLength: 50 }),
            t(giveaway ? 'tasks.form.keywordOptionalHint' : 'tasks.form.keywordHint'),
            true,
          )}
      </div>
    </EditorDrawer>
  );
}
