import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CUE_TEMPLATE_NAMES } from '../../../../shared/domain/catalog/cueLiveSettings';
import type { CueType } from '../../../../shared/domain/catalog/show';
import { useObs } from '../../state/AppStateContext';
import { errorFor } from './apiErrors';
import {
  type ActionDraft,
  type LiveDraft,
  newAction,
  OBS_ACTION_KINDS,
  type ObsActionKind,
  sceneSuggestions,
  sourceSuggestions,
  TEMPLATE_LABELS,
} from './liveSettingsModel';

interface ObsActionsEditorProps {
  id: string;
  type: CueType;
  /** The scene a scene cue switches to (what its summary says it does). */
  sceneName: string;
  live: LiveDraft;
  errors: Record<string, string>;
  cues: readonly { config: Record<string, unknown> }[];
  onChange(patch: Partial<LiveDraft>): void;
}

/**
 * What a cue asks of OBS besides its own graphic: nothing more (the default, summed up in a sentence), or extra
 * actions sent when the cue starts, such as switching to a close-up scene.
 */
export function ObsActionsEditor({ id, type, sceneName, live, errors, cues, onChange }: ObsActionsEditorProps) {
  const { t } = useTranslation();
  const onAir = useObs((s) => s.status?.currentScene);
  const texts = useRef(new Map<number, HTMLTextAreaElement | HTMLInputElement>());
  // Text and file fields by action, so a placeholder button inserts at that field's cursor.
  const registerField = (key: number) => (el: HTMLTextAreaElement | HTMLInputElement | null) => {
    if (el) texts.current.set(key, el);
    else texts.current.delete(key);
  };
  const listError = errors['config.obsActions'];

  const setActions = (actions: ActionDraft[]) => onChange({ actions });
  const patchAction = (key: number, patch: Partial<ActionDraft>) =>
    setActions(live.actions.map((a) => (a.key === key ? { ...a, ...patch } : a)));
  const moveAction = (index: number, by: -1 | 1) => {
    const next = [...live.actions];
    const [moved] = next.splice(index, 1);
    if (!moved) return;
    next.splice(index + by, 0, moved);
    setActions(next);
  };
  const useCustom = () => {
    // The usual extra is a scene switch (a close-up for the product), so the list starts with one.
    onChange({ obsMode: 'custom', actions: live.actions.length > 0 ? live.actions : [newAction('switchScene')] });
  };
  const summary =
    type === 'scene'
      ? t('shows.cueForm.obs.summaryScene', { scene: sceneName.trim() || '…' })
      : type === 'note'
        ? t('shows.cueForm.obs.summaryNote')
        : live.graphic
          ? t('shows.cueForm.obs.summaryGraphic')
          : t('shows.cueForm.obs.summaryNoGraphic');
  /** Puts `{name}` where the caret is in the action's text (or image path), keeping the caret after it. */
  const insertTemplate = (action: ActionDraft, name: string) => {
    const field = action.kind === 'setImage' ? 'file' : 'text';
    const el = texts.current.get(action.key);
    const current = action[field];
    const start = el?.selectionStart ?? current.length;
    const end = el?.selectionEnd ?? current.length;
    const token = `{${name}}`;
    patchAction(action.key, { [field]: current.slice(0, start) + token + current.slice(end) });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <fieldset className="cue-form__section" data-testid="cue-obs-actions">
      <legend className="cue-form__section-title">{t('shows.cueForm.obs.legend')}</legend>
      <datalist id={`${id}-scenes`}>
        {sceneSuggestions(cues, onAir).map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <datalist id={`${id}-sources`}>
        {sourceSuggestions(cues).map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <div className="obs-mode">
        <label className="obs-mode__choice">
          <input
            type="radio"
            name={`${id}-obs-mode`}
            value="defaults"
            data-testid="cue-obs-defaults"
            checked={live.obsMode === 'defaults'}
            onChange={() => onChange({ obsMode: 'defaults' })}
          />
          {t('shows.cueForm.obs.none')}
        </label>
        <label className="obs-mode__choice">
          <input
            type="radio"
            name={`${id}-obs-mode`}
            value="custom"
            data-testid="cue-obs-custom"
            checked={live.obsMode === 'custom'}
            onChange={useCustom}
          />
          {t('shows.cueForm.obs.custom')}
        </label>
      </div>

      {live.obsMode === 'defaults' ? (
        <div className="obs-defaults" data-testid="cue-obs-summary">
          <p className="form-field__hint">{summary}</p>
        </div>
      ) : (
        <div className="obs-custom">
          <p className="form-field__hint">{t('shows.cueForm.obs.customHint')}</p>
          {live.actions.length === 0 && <p className="muted">{t('shows.cueForm.obs.empty')}</p>}
          <ol className="obs-actions">
            {live.actions.map((action, index) => {
              const rowId = `${id}-action-${action.key}`;
              const fieldError = (field: string) => errorFor(errors, `config.obsActions.${index}.${field}`);
              const rowError = errorFor(errors, `config.obsActions.${index}`);
              const input = (field: 'scene' | 'source', list: 'scenes' | 'sources') => (
                <label className="obs-action__field">
                  <span className="form-field__label">{t(`shows.cueForm.obs.${field}`)}</span>
                  <input
                    className="pfield__control form-field__control"
                    data-testid={`obs-action-${field}`}
                    list={`${id}-${list}`}
                    maxLength={256}
                    value={action[field]}
                    aria-invalid={fieldError(field) ? true : undefined}
                    onChange={(e) => patchAction(action.key, { [field]: e.target.value })}
                  />
                </label>
              );
              return (
                <li key={action.key} className="obs-action" data-testid="obs-action" data-kind={action.kind}>
                  <div className="obs-action__head">
                    <label className="obs-action__field">
                      <span className="form-field__label">{t('shows.cueForm.obs.action', { n: index + 1 })}</span>
                      <select
                        id={`${rowId}-kind`}
                        className="pfield__control form-field__control"
                        data-testid="obs-action-kind"
                        value={action.kind}
                        onChange={(e) => patchAction(action.key, { kind: e.target.value as ObsActionKind })}
                      >
                        {OBS_ACTION_KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {t(`shows.cueForm.obs.kind.${kind}`)}
                          </option>
                        ))}
                      </select>
                    </label>
                    <span className="obs-action__buttons">
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={t('shows.cueForm.obs.moveUp')}
                        disabled={index === 0}
                        onClick={() => moveAction(index, -1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={t('shows.cueForm.obs.moveDown')}
                        disabled={index === live.actions.length - 1}
                        onClick={() => moveAction(index, 1)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className="button button--quiet"
                        data-testid="obs-action-remove"
                        onClick={() => setActions(live.actions.filter((a) => a.key !== action.key))}
                      >
                        {t('shows.cueForm.obs.remove')}
                      </button>
                    </span>
                  </div>
                  <div className="obs-action__fields">
                    {(action.kind === 'switchScene' || action.kind === 'setVisible') && input('scene', 'scenes')}
                    {action.kind !== 'switchScene' && input('source', 'sources')}
                    {action.kind === 'setVisible' && (
                      <label className="obs-action__field">
                        <span className="form-field__label">{t('shows.cueForm.obs.visible')}</span>
                        <select
                          className="pfield__control form-field__control"
                          data-testid="obs-action-visible"
                          value={action.visible ? 'show' : 'hide'}
                          onChange={(e) => patchAction(action.key, { visible: e.target.value === 'show' })}
                        >
                          <option value="show">{t('shows.cueForm.obs.show')}</option>
                          <option value="hide">{t('shows.cueForm.obs.hide')}</option>
                        </select>
                      </label>
                    )}
                    {action.kind === 'setText' && (
                      <label className="obs-action__field obs-action__field--wide">
                        <span className="form-field__label">{t('shows.cueForm.obs.text')}</span>
                        <textarea
                          ref={registerField(action.key)}
                          className="pfield__control form-field__control form-field__control--area"
                          data-testid="obs-action-text"
                          rows={2}
                          maxLength={10_000}
                          value={action.text}
                          aria-invalid={fieldError('text') ? true : undefined}
                          onChange={(e) => patchAction(action.key, { text: e.target.value })}
                        />
                      </label>
                    )}
                    {action.kind === 'setImage' && (
                      <label className="obs-action__field obs-action__field--wide">
                        <span className="form-field__label">{t('shows.cueForm.obs.file')}</span>
                        <input
                          ref={registerField(action.key)}
                          className="pfield__control form-field__control"
                          data-testid="obs-action-file"
                          maxLength={4096}
                          value={action.file}
                          aria-invalid={fieldError('file') ? true : undefined}
                          onChange={(e) => patchAction(action.key, { file: e.target.value })}
                        />
                      </label>
                    )}
                  </div>
                  {(action.kind === 'setText' || action.kind === 'setImage') && (
                    <fieldset className="template-buttons">
                      <legend className="form-field__label">{t('shows.cueForm.obs.insert')}</legend>
                      {(action.kind === 'setImage' ? (['product.imagePath'] as const) : CUE_TEMPLATE_NAMES).map((name) => (
                        <button
                          key={name}
                          type="button"
                          className="template-button"
                          data-testid="obs-template"
                          data-template={name}
                          title={`{${name}}`}
                          onClick={() => insertTemplate(action, name)}
                        >
                          {t(`shows.cueForm.obs.template.${TEMPLATE_LABELS[name]}`)}
                        </button>
                      ))}
                    </fieldset>
                  )}
                  {rowError && (
                    <p className="form-field__error" role="alert" data-testid="obs-action-error">
                      {rowError}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            className="button button--quiet"
            data-testid="obs-action-add"
            onClick={() => setActions([...live.actions, newAction('setText')])}
          >
            {t('shows.cueForm.obs.add')}
          </button>
        </div>
      )}
      {listError && (
        <p className="form-field__error" role="alert">
          {listError}
        </p>
      )}
    </fieldset>
  );
}
