import { useTranslation } from 'react-i18next';

/** What the hub said went wrong, and a way to ask again. */
export function LoadProblem({ message, onRetry }: { message: string; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert" data-testid="results-error">
      <p>{message}</p>
      <button type="button" className="button button--quiet" onClick={onRetry} data-testid="results-retry">
        {t('consoleResults.state.retry')}
      </button>
    </div>
  );
}
