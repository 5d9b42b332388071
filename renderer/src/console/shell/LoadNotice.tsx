import { useTranslation } from 'react-i18next';
import { problemText } from './problemText';

/** What a polled page says before its first answer, and when the last refresh failed (the old data stays shown). */
export function LoadNotice({ loaded, error, testId }: { loaded: boolean; error: unknown; testId?: string }) {
  const { t } = useTranslation();
  if (error !== null) {
    return (
      <p className="notice notice--error" role="alert" data-testid={testId}>
        {problemText(t, error)}
      </p>
    );
  }
  return loaded ? null : <p className="muted">{t('console.loading')}</p>;
}
