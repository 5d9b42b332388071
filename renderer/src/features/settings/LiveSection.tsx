import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GoDebounceMs } from '../../../../shared/domain/settings';
import { useConnection, useSettings } from '../../state/AppStateContext';

/** The live console's GO safety settings (debounce, standby guard), edited together and saved with one button. */
export function LiveSection() {
  const { t } = useTranslation();
  const settings = useSettings((s) => s.settings);
  const saving = useSettings((s) => s.saving);
  const saveError = useSettings((s) => s.saveError);
  const update = useSettings((s) => s.update);
  const connected = useConnection((s) => s.status.state === 'connected');
  const [debounce, setDebounce] = useState('');
  const [guard, setGuard] = useState(true);
  const [invalid, setInvalid] = useState(false);
  const [saved, setSaved] = useState(false);

  // The form follows the stored values whenever they change (here or in another window).
  const storedDebounce = settings?.goDebounceMs;
  const storedGuard = settings?.goGuardStandby;
  useEffect(() => {
    if (storedDebounce !== undefined) setDebounce(String(storedDebounce));
  }, [storedDebounce]);
  useEffect(() => {
    if (storedGuard !== undefined) setGuard(storedGuard);
  }, [storedGuard]);

  const disabled = !settings || !connected || saving;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = GoDebounceMs.safeParse(debounce.trim() === '' ? Number.NaN : Number(debounce));
    setInvalid(!parsed.success);
    setSaved(false);
    if (!parsed.success) return;
    await update({ goDebounceMs: parsed.data, goGuardStandby: guard });
    setSaved(true);
  };

  return (
    <section className="panel" aria-labelledby="settings-live-title" data-testid="settings-live">
      <h2 className="panel__title" id="settings-live-title">
        {t('settings.live.title')}
      </h2>
      <form className="settings__form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="go-debounce">
            {t('settings.live.debounceLabel')}
          </label>
          <input
            id="go-debounce"
            className="pfield__control field__control"
            data-testid="go-debounce"
            inputMode="numeric"
            aria-describedby="go-debounce-hint"
            aria-invalid={invalid}
            value={debounce}
            disabled={disabled}
            onChange={(e) => setDebounce(e.target.value)}
          />
          <p className="field__hint" id="go-debounce-hint">
            {t('settings.live.debounceHint')}
          </p>
          {invalid && (
            <p className="field__error" role="alert">
              {t('settings.live.invalid')}
            </p>
          )}
        </div>
        <div className="field">
          <label className="settings__check">
            <input
              type="checkbox"
              data-testid="go-guard"
              aria-describedby="go-guard-hint"
              checked={guard}
              disabled={disabled}
              onChange={(e) => setGuard(e.target.checked)}
            />
            {t('settings.live.guardLabel')}
          </label>
          <p className="field__hint" id="go-guard-hint">
            {t('settings.live.guardHint')}
          </p>
        </div>
        <button type="submit" className="button" disabled={disabled}>
          {t('settings.live.save')}
        </button>
        <p className="field__status" role="status">
          {saved && !saveError ? t('settings.live.saved') : ''}
        </p>
        {saveError && (
          <p className="field__error" role="alert">
            {t('settings.live.failed', { message: saveError })}
          </p>
        )}
      </form>
    </section>
  );
}
