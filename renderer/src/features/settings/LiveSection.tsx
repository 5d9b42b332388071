import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GoDebounceMs } from '../../../../shared/domain/settings';
import { useConnection, useSettings } from '../../state/AppStateContext';

/** The live console's GO safety settings: debounce and the standby guard. */
export function LiveSection() {
  const { t } = useTranslation();
  const settings = useSettings((s) => s.settings);
  const saving = useSettings((s) => s.saving);
  const saveError = useSettings((s) => s.saveError);
  const update = useSettings((s) => s.update);
  const connected = useConnection((s) => s.status.state === 'connected');
  const [debounce, setDebounce] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [saved, setSaved] = useState(false);

  const stored = settings?.goDebounceMs;
  useEffect(() => {
    if (stored !== undefined) setDebounce(String(stored));
  }, [stored]);

  const disabled = !settings || !connected || saving;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = GoDebounceMs.safeParse(debounce.trim() === '' ? Number.NaN : Number(debounce));
    setInvalid(!parsed.success);
    setSaved(false);
    if (!parsed.success) return;
    await update({ goDebounceMs: parsed.data });
    setSaved(true);
  };

  return (
    <section className="panel" aria-labelledby="settings-live-title" data-testid="settings-live">
      <h2 className="panel__title" id="settings-live-title">
        {t('settings.live.title')}
      </h2>
      <form className="field" onSubmit={onSubmit} noValidate>
        <label className="field__label" htmlFor="go-debounce">
          {t('settings.live.debounceLabel')}
        </label>
        <div className="settings__row">
          <input
            id="go-debounce"
            className="field__control"
            data-testid="go-debounce"
            inputMode="numeric"
            aria-describedby="go-debounce-hint"
            aria-invalid={invalid}
            value={debounce}
            disabled={disabled}
            onChange={(e) => setDebounce(e.target.value)}
          />
          <button type="submit" className="button" disabled={disabled}>
            {t('settings.live.save')}
          </button>
        </div>
        <p className="field__hint" id="go-debounce-hint">
          {t('settings.live.debounceHint')}
        </p>
        {invalid && (
          <p className="field__error" role="alert">
            {t('settings.live.invalid')}
          </p>
        )}
      </form>
      <div className="field">
        <label className="settings__check">
          <input
            type="checkbox"
            data-testid="go-guard"
            aria-describedby="go-guard-hint"
            checked={settings?.goGuardStandby ?? true}
            disabled={disabled}
            onChange={(e) => {
              setSaved(false);
              void update({ goGuardStandby: e.target.checked }).then(() => setSaved(true));
            }}
          />
          {t('settings.live.guardLabel')}
        </label>
        <p className="field__hint" id="go-guard-hint">
          {t('settings.live.guardHint')}
        </p>
      </div>
      <p className="field__status" role="status">
        {saved && !saveError ? t('settings.live.saved') : ''}
      </p>
      {saveError && (
        <p className="field__error" role="alert">
          {t('settings.live.failed', { message: saveError })}
        </p>
      )}
    </section>
  );
}
