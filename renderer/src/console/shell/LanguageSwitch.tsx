import { useTranslation } from 'react-i18next';
import { LOCALES, switchLocale } from './consoleLocale';

/** 中文 / English, each named in its own language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="console-lang">
      <span className="visually-hidden">{t('console.language.label')}</span>
      <select
        className="console-select"
        value={i18n.language}
        data-testid="console-language"
        onChange={(e) => {
          const locale = LOCALES.find((l) => l === e.target.value);
          if (locale) switchLocale(i18n, locale, window.localStorage, document);
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale}>
            {t(`console.language.${locale}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
