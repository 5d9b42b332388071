import { useTranslation } from 'react-i18next';
import { CUE_COLOURS } from '../../../../shared/domain/catalog/cueLiveSettings';
import type { CueType } from '../../../../shared/domain/catalog/show';
import { errorFor } from './apiErrors';
import { HotkeyField } from './HotkeyField';
import { FOLLOW_MODES, hasGraphic, type LiveDraft } from './liveSettingsModel';

interface LiveSettingsFieldsProps {
  id: string;
  type: CueType;
  live: LiveDraft;
  errors: Record<string, string>;
  onChange(patch: Partial<LiveDraft>): void;
}

/** Colour, planned duration, pre-wait, what happens after the cue, its hotkey, and whether its graphic goes on stream. */
export function LiveSettingsFields({ id, type, live, errors, onChange }: LiveSettingsFieldsProps) {
  const { t } = useTranslation();
  const error = (path: string) => errorFor(errors, path);
  const errorLine = (path: string, key: string) => {
    const message = error(path);
    return message ? (
      <p className="form-field__error" id={`${id}-${key}-error`} role="alert">
        {message}
      </p>
    ) : null;
  };
  const describedBy = (path: string, key: string, hint = true) =>
    [error(path) ? `${id}-${key}-error` : '', hint ? `${id}-${key}-hint` : ''].join(' ').trim() || undefined;
  // Swatches, plus a colour saved elsewhere that is not one of them, so it stays selectable.
  const colours = live.colour && !CUE_COLOURS.some((c) => c === live.colour) ? [...CUE_COLOURS, live.colour] : CUE_COLOURS;

  return (
    <fieldset className="cue-form__section" data-testid="cue-live-settings">
      <legend className="cue-form__section-title">{t('shows.cueForm.live.legend')}</legend>

      <fieldset className="form-field" data-testid="cue-field-colour">
        <legend className="form-field__label">{t('shows.cueForm.live.colour')}</legend>
        <div className="swatches">
          <label className="swatch swatch--none" title={t('shows.cueForm.live.colourNone')}>
            <input
              type="radio"
              name={`${id}-colour`}
              value=""
              checked={live.colour === null}
              aria-label={t('shows.cueForm.live.colourNone')}
              onChange={() => onChange({ colour: null })}
            />
          </label>
          {colours.map((colour) => (
            <label key={colour} className="swatch" style={{ background: colour }} title={colour}>
              <input
                type="radio"
                name={`${id}-colour`}
                value={colour}
                checked={live.colour === colour}
                aria-label={t('shows.cueForm.live.colourSwatch', { colour })}
                onChange={() => onChange({ colour })}
              />
            </label>
          ))}
        </div>
        {errorLine('config.colour', 'colour')}
      </fieldset>

      <div className="form-row">
        <div className="form-field">
          <label className="form-field__label" htmlFor={`${id}-planned`}>
            {t('shows.cueForm.live.planned')}
          </label>
          <input
            id={`${id}-planned`}
            className="pfield__control form-field__control form-field__control--number"
            data-testid="cue-field-plannedDuration"
            inputMode="numeric"
            placeholder="3:30"
            value={live.plannedDuration}
            aria-invalid={error('config.plannedDurationMs') ? true : undefined}
            aria-describedby={describedBy('config.plannedDurationMs', 'planned')}
            onChange={(e) => onChange({ plannedDuration: e.target.value })}
          />
          <p className="form-field__hint" id={`${id}-planned-hint`}>
            {t('shows.cueForm.live.plannedHint')}
          </p>
          {errorLine('config.plannedDurationMs', 'planned')}
        </div>
        <div className="form-field">
          <label className="form-field__label" htmlFor={`${id}-prewait`}>
            {t('shows.cueForm.live.preWait')}
          </label>
          <input
            id={`${id}-prewait`}
            className="pfield__control form-field__control form-field__control--number"
            data-testid="cue-field-preWait"
            inputMode="decimal"
            placeholder="0"
            value={live.preWaitSec}
            aria-invalid={error('config.preWaitMs') ? true : undefined}
            aria-describedby={describedBy('config.preWaitMs', 'prewait')}
            onChange={(e) => onChange({ preWaitSec: e.target.value })}
          />
          <p className="form-field__hint" id={`${id}-prewait-hint`}>
            {t('shows.cueForm.live.preWaitHint')}
          </p>
          {errorLine('config.preWaitMs', 'prewait')}
        </div>
      </div>

      <fieldset className="form-field" data-testid="cue-field-follow">
        <legend className="form-field__label">{t('shows.cueForm.live.follow')}</legend>
        <div className="follow-choices">
          {FOLLOW_MODES.map((mode) => (
            <label key={mode} className="follow-choice">
              <input
                type="radio"
                name={`${id}-follow`}
                value={mode}
                checked={live.follow === mode}
                onChange={() => onChange({ follow: mode })}
              />
              <span className="follow-choice__name">{t(`shows.cueForm.live.followMode.${mode}`)}</span>
              <span className="follow-choice__hint">{t(`shows.cueForm.live.followHint.${mode}`)}</span>
            </label>
          ))}
        </div>
        {errorLine('config.follow', 'follow')}
      </fieldset>

      {hasGraphic(type) && (
        <div className="form-field">
          <label className="graphic-switch">
            <input
              type="checkbox"
              data-testid="cue-field-graphic"
              checked={live.graphic}
              aria-describedby={`${id}-graphic-hint`}
              onChange={(e) => onChange({ graphic: e.target.checked })}
            />
            <span className="form-field__label">{t('shows.cueForm.live.graphic')}</span>
          </label>
          <p className="form-field__hint" id={`${id}-graphic-hint`}>
            {t('shows.cueForm.live.graphicHint')}
          </p>
          {errorLine('config.graphic', 'graphic')}
        </div>
      )}

      <HotkeyField id={`${id}-hotkey`} value={live.hotkey} error={error('config.hotkey')} onChange={(hotkey) => onChange({ hotkey })} />
    </fieldset>
  );
}
