import { type InputHTMLAttributes, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api/errors';
import { errorMessage } from '../state/bound';
import { fieldErrorsFromApi, ruleKeyOf } from './apiFieldErrors';
import type { EditorBusy } from './EditorDrawer';
import { type FieldControlProps, focusFirstField } from './FormField';

type ApiPath = readonly (string | number)[] | undefined;
/** A field's problem: one the form found reading the text (a message key), or the backend's sentence. */
type Problem<L> = { local: L } | { message: string };
export type Read<V, F extends string, L> = { ok: true; values: V } | { ok: false; errors: Partial<Record<F, L>> };
/** The draft's fields that an <input> edits as text. */
type TextField<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D] & string;

interface Options<T, D, F extends string, L, R extends string, V> {
  item: T | null;
  /** The form of an existing item, and of a new one. */
  draftOf(item: T): D;
  newDraft(): D;
  /** What to send, or what the form could not read. */
  read(draft: D): Read<V, F, L>;
  create(values: V): Promise<T>;
  update(id: string, values: V): Promise<T>;
  /** Test ids of the fields: `<testPrefix>-field-<name>`. */
  testPrefix: string;
  /** The form field an API error path names. */
  fieldOf(path: ApiPath): F | null;
  /** Text of a problem the form found itself. */
  localText(key: L): string;
  /** The backend's rule sentences (e.g. COUPON_RULES) and their text; any other sentence shows as it came. */
  rules?: { sentences: Readonly<Record<R, string>>; text(rule: R): string };
  /** A delete refused because a cue uses the item (CONFLICT). */
  inUseText(message: string): string;
  onCreated?: ((item: T) => void) | undefined;
  onDeleted(): void;
}

/**
 * What every catalog editor does around its fields: the draft, save (what the form could not read is shown first, then
 * the backend's refusals under the fields they name), delete (a refusal while a cue uses the item is said as such),
 * busy and "saved" state. Which fields there are and how they look stay the editor's.
 */
export function useEditorState<T extends { id: string }, D extends object, F extends string, L, R extends string, V>(
  options: Options<T, D, F, L, R, V>,
) {
  const { draftOf, read, create, update, testPrefix, fieldOf, localText, rules, inUseText, onCreated, onDeleted } = options;
  const { t } = useTranslation();
  const idPrefix = useId();
  const [current, setCurrent] = useState<T | null>(options.item);
  const [draft, setDraft] = useState<D>(() => (options.item ? draftOf(options.item) : options.newDraft()));
  const [problems, setProblems] = useState<Partial<Record<F, Problem<L>>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState<EditorBusy>(null);
  const [saved, setSaved] = useState(false);

  const show = (found: Partial<Record<F, Problem<L>>>) => {
    setProblems(found);
    focusFirstField(testPrefix, Object.keys(found));
  };
  const problemText = (field: F): string | null => {
    const problem = problems[field];
    if (!problem) return null;
    if ('local' in problem) return localText(problem.local);
    const rule = rules ? ruleKeyOf(rules.sentences, problem.message) : null;
    return rule === null || !rules ? problem.message : rules.text(rule);
  };
  /**
   * A change to the draft: the changed fields' problems go, and "saved" no longer holds. A function is given the draft
   * as it is by then (an image upload that ends after another one adds to the list, not to an old copy of it).
   */
  const edit = (change: Partial<D> | ((current: D) => Partial<D>)) => {
    setDraft((d) => {
      const patch = typeof change === 'function' ? change(d) : change;
      setProblems((p) => {
        const next = { ...p };
        // A nested field's problems go with it (editing platformIds clears platformIds.douyin).
        for (const field of Object.keys(next) as F[]) {
          if (Object.keys(patch).some((key) => field === key || field.startsWith(`${key}.`))) delete next[field];
        }
        return next;
      });
      return { ...d, ...patch };
    });
    setSaved(false);
  };

  async function save() {
    if (busy) return;
    setGeneral(null);
    const found = read(draft);
    if (!found.ok) {
      const local: Partial<Record<F, Problem<L>>> = {};
      for (const [field, key] of Object.entries(found.errors) as [F, L][]) local[field] = { local: key };
      show(local);
      return;
    }
    setProblems({});
    setBusy('saving');
    try {
      const result = current ? await update(current.id, found.values) : await create(found.values);
      setCurrent(result);
      setDraft(draftOf(result));
      setSaved(true);
      if (!current) onCreated?.(result);
    } catch (error) {
      if (error instanceof ApiCallError) {
        const byField = fieldErrorsFromApi(error, fieldOf);
        const fields: Partial<Record<F, Problem<L>>> = {};
        for (const [field, message] of Object.entries(byField.fields) as [F, string][]) fields[field] = { message };
        show(fields);
        setGeneral(byField.general === null ? null : t('editor.saveFailed', { message: byField.general }));
      } else {
        setGeneral(t('editor.saveFailed', { message: errorMessage(error) }));
      }
    } finally {
      setBusy(null);
    }
  }

  async function remove(removeItem: (id: string) => Promise<void>) {
    if (!current || busy) return;
    setBusy('deleting');
    setGeneral(null);
    try {
      await removeItem(current.id);
      onDeleted();
    } catch (error) {
      const message = errorMessage(error);
      setGeneral(error instanceof ApiCallError && error.code === 'CONFLICT' ? inUseText(message) : t('editor.deleteFailed', { message }));
      setBusy(null);
    }
  }

  return {
    current,
    draft,
    edit,
    busy,
    saved,
    general,
    problemText,
    save,
    remove,
    /** The wiring of one FormField: its element id, test ids and error. */
    fieldProps: (name: F) => ({ id: `${idPrefix}-${name}`, testPrefix, name, error: problemText(name) }),
    /** An <input> editing a text field of the draft. */
    textInput:
      (name: TextField<D>, extra: InputHTMLAttributes<HTMLInputElement> = {}) =>
      (props: FieldControlProps) => (
        <input {...props} {...extra} value={draft[name] as string} onChange={(e) => edit({ [name]: e.target.value } as Partial<D>)} />
      ),
  };
}
