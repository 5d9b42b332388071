import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Show } from '../../../../shared/domain/catalog/show';
import { fromLocalInput, toLocalInput } from '../../format/localDateTime';
import { errorFor, fieldErrors, otherErrors } from './apiErrors';
import { useShows } from './useShowsStores';

const FIELDS = ['name', 'notes', 'plannedStartAt'] as const;

/** Create a show, or edit the name, notes and planned start of one. */
export function ShowForm({ show, onDone }: { show?: Show; onDone(): void }) {
  const { t } = useTranslation();
  const createShow = useShows((s) => s.createShow);
  const updateShow = useShows((s) => s.updateShow);
  const [name, setName] = useState(show?.name ?? '');
  const [notes, setNotes] = useState(show?.notes ?? '');
  const [planned, setPlanned] = useState(toLocalInput(show?.plannedStartAt ?? null));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const plannedStartAt = fromLocalInput(planned);
    if (plannedStartAt === undefined) {
      setErrors({ plannedStartAt: t('shows.form.badDate') });
      return;
    }
    setSaving(true);
    setErrors({});
    try {
      const values = { name, notes, plannedStartAt };
      if (show) await updateShow(show.id, values);
      else await createShow(values);
      onDone();
    } catch (error) {
      setErrors(fieldErrors(error));
    } finally {
      setSaving(false);
    }
  };

  const general = otherErrors(errors, FIELDS);
  const fieldError = (field: (typeof FIELDS)[number]) => {
    const message = errorFor(errors, field);
    return message ? (
      <p className="form-field__error" id={`${id}-${field}-error`} role="alert">
        {message}
      </p>
    ) : null;
  };
  const describedBy = (field: string, hint?: string) =>
    [errorFor(errors, field) ? `${id}-${field}-error` : null, hint ?? null].filter(Boolean).join(' ') || undefined;

  return (
    <form
      className="card show-form"
      data-testid="show-form"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone();
        }
      }}
      noValidate
    >
      <h2 className="card__title">{show ? t('shows.form.editTitle') : t('shows.form.newTitle')}</h2>
      {general.length > 0 && (
        <div className="notice notice--error" role="alert">
          {general.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      <div className="form-field">
        <label className="form-field__label" htmlFor={`${id}-name`}>
          {t('shows.form.name')}
        </label>
        <input
          id={`${id}-name`}
          className="pfield__control form-field__control"
          data-testid="show-field-name"
          value={name}
          maxLength={200}
          placeholder={t('shows.form.namePlaceholder')}
          aria-invalid={errorFor(errors, 'name') ? true : undefined}
          aria-describedby={describedBy('name')}
          onChange={(e) => setName(e.target.value)}
          // biome-ignore lint/a11y/noAutofocus: the form opens on purpose; typing the name is the next step
          autoFocus
        />
        {fieldError('name')}
      </div>
      <div className="form-field">
        <label className="form-field__label" htmlFor={`${id}-planned`}>
          {t('shows.form.plannedStartAt')}
        </label>
        <input
          id={`${id}-planned`}
          type="datetime-local"
          className="pfield__control form-field__control form-field__control--narrow"
          data-testid="show-field-plannedStartAt"
          value={planned}
          aria-invalid={errorFor(errors, 'plannedStartAt') ? true : undefined}
          aria-describedby={describedBy('plannedStartAt', `${id}-planned-hint`)}
          onChange={(e) => setPlanned(e.target.value)}
        />
        <p className="form-field__hint" id={`${id}-planned-hint`}>
          {t('shows.form.plannedHint')}
        </p>
        {fieldError('plannedStartAt')}
      </div>
      <div className="form-field">
        <label className="form-field__label" htmlFor={`${id}-notes`}>
          {t('shows.form.notes')}
        </label>
        <textarea
          id={`${id}-notes`}
          className="pfield__control form-field__control form-field__control--area"
          data-testid="show-field-notes"
          value={notes}
          rows={3}
          maxLength={10_000}
          placeholder={t('shows.form.notesPlaceholder')}
          aria-invalid={errorFor(errors, 'notes') ? true : undefined}
          aria-describedby={describedBy('notes')}
          onChange={(e) => setNotes(e.target.value)}
        />
        {fieldError('notes')}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" data-testid="show-save" disabled={saving}>
          {saving ? t('shows.form.saving') : show ? t('shows.form.save') : t('shows.form.create')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('shows.form.cancel')}
        </button>
      </div>
    </form>
  );
}
