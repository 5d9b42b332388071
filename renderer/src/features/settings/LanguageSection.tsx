import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguagePreference } from '../../../../shared/domain/settings';
import { useConnection, useSettings } from '../../state/AppStateContext';

export function LanguageSection() {
  const { t } = useTranslation();
  const settings = useSettings((s) => s.settings);
  const saving = useSettings((s) => s.saving);
  const saveError = useSettings((s) => s.saveError);
  const setLanguage = useSettings((s) => s.setLanguage);
  const connected = useConnection((s) => s.status.state === 'connected');

  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const parsed = LanguagePreference.safeParse(event.target.value);
    if (parsed.success) void setLanguage(parsed.data);
  };

  return (
    <section className="panel" aria-labelledby="settings-language-title">
      <h2 className="panel__title" id="settings-language-title">
        {t('settings.language.title')}
      </h2>
      <div className="field">
        <label className="field__label" htmlFor="language-select">
          {t('settings.language.label')}
        </label>
        <select
          id="language-select"
          className="pfield__control field__control"
          data-testid="language-select"
          aria-describedby="language-hint"
          value={settings?.language ?? 'system'}
          disabled={!settings || !connected || saving}
          onChange={onChange}
        >
          <option value="system">{t('settings.language.system')}</option>
          {/* Each language is named in itself, so it can be found whatever the current UI language. */}
          <option value="zh-CN" lang="zh-CN">
            简体中文
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
        <p className="field__hint" id="language-hint">
          {t('settings.language.hint')}
        </p>
        <p className="field__status" role="status">
          {saving ? t('settings.language.saving') : ''}
        </p>
        {saveError && (
          <p className="field__error" role="alert">
            {t('settings.language.failed', { message: saveError })}
          </p>
        )}
      </div>
    </section>
  );
}
