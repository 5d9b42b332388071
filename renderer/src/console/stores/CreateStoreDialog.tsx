import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleStore, CreateStoreRequest } from '../../../../shared/api/hub/hubConsole';
import type { ProducerAccount } from '../../../../shared/api/hub/hubProducer';
import { Dialog } from '../../ui/Dialog';
import { type FieldControlProps, FormField, focusFirstField } from '../../ui/FormField';
import { problemText } from '../shell/problemText';
import { checkStoreDraft, type StoreDraft, type StoreFormErrors, storeRefusal } from './createStoreForm';
import { choices } from './storeFilters';

const PREFIX = 'store-create';

/** A text field that offers the values other stores already use (so 华东 is not typed two ways). */
function SuggestInput({
  control,
  value,
  onChange,
  suggestions,
}: {
  control: FieldControlProps;
  value: string;
  onChange(value: string): void;
  suggestions: string[];
}) {
  const listId = `${control.id}-suggestions`;
  return (
    <>
      <input {...control} list={listId} autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
      <datalist id={listId}>{suggestions.map((v) => v && <option key={v} value={v} />)}</datalist>
    </>
  );
}

interface CreateStoreDialogProps {
  account: ProducerAccount;
  stores: readonly ConsoleStore[];
  create(body: CreateStoreRequest): Promise<ConsoleStore>;
  onCreated(store: ConsoleStore): void;
  onCancel(): void;
}

/** 新建门店: code, name, region (one of the account's, when it has any) and group; each problem under its field. */
export function CreateStoreDialog({ account, stores, create, onCreated, onCancel }: CreateStoreDialogProps) {
  const { t, i18n } = useTranslation();
  const formId = useId();
  const [draft, setDraft] = useState<StoreDraft>({ code: '', name: '', region: account.regions[0] ?? '', group: '' });
  const [errors, setErrors] = useState<StoreFormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const edit = (field: keyof StoreDraft) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const error = (field: keyof StoreDraft) => (errors[field] ? t(`console.create.${errors[field]}`) : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const checked = checkStoreDraft(draft, account.regions);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstField(PREFIX, Object.keys(checked.errors));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      onCreated(await create(checked.body));
    } catch (e) {
      const refusal = storeRefusal(e);
      if (refusal) {
        setErrors(refusal);
        focusFirstField(PREFIX, Object.keys(refusal));
      } else setFailure(t('console.create.failed', { message: problemText(t, e, { once: true }) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('console.create.title')}
      onCancel={() => !busy && onCancel()}
      testId="store-create-dialog"
      actions={
        <>
          <button type="button" className="button" onClick={onCancel} disabled={busy} data-testid="store-create-cancel">
            {t('console.create.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy} data-testid="store-create-submit">
            {busy ? t('console.create.submitting') : t('console.create.submit')}
          </button>
        </>
      }
    >
      <form id={formId} className="editor-form" onSubmit={submit} noValidate>
        <FormField
          id={`${formId}-code`}
          testPrefix={PREFIX}
          name="code"
          label={t('console.create.code')}
          hint={t('console.create.codeHint')}
          error={error('code')}
        >
          {(props) => <input {...props} autoFocus autoComplete="off" value={draft.code} onChange={(e) => edit('code')(e.target.value)} />}
        </FormField>
        <FormField id={`${formId}-name`} testPrefix={PREFIX} name="name" label={t('console.create.name')} error={error('name')}>
          {(props) => <input {...props} autoComplete="off" value={draft.name} onChange={(e) => edit('name')(e.target.value)} />}
        </FormField>
        <div className="editor-grid">
          <FormField id={`${formId}-region`} testPrefix={PREFIX} name="region" label={t('console.create.region')} error={error('region')}>
            {(props) =>
              account.regions.length > 0 ? (
                <select {...props} value={draft.region} onChange={(e) => edit('region')(e.target.value)}>
                  {account.regions.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
              ) : (
                <SuggestInput
                  control={props}
                  value={draft.region}
                  onChange={edit('region')}
                  suggestions={choices(stores, 'region', i18n.language)}
                />
              )
            }
          </FormField>
          <FormField
            id={`${formId}-group`}
            testPrefix={PREFIX}
            name="group"
            label={t('console.create.group')}
            hint={t('console.create.groupHint')}
            error={error('group')}
          >
            {(props) => (
              <SuggestInput
                control={props}
                value={draft.group}
                onChange={edit('group')}
                suggestions={choices(stores, 'group', i18n.language)}
              />
            )}
          </FormField>
        </div>
        {failure && (
          <p className="notice notice--error" role="alert" data-testid="store-create-error">
            {failure}
          </p>
        )}
      </form>
    </Dialog>
  );
}
