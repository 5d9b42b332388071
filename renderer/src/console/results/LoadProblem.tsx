import { useTranslation } from 'react-i18next';
import { type ResultsFailure, resultsProblemText } from './resultsProblem';

/** What went wrong, in the UI language, and a way to ask again. */
export function LoadProblem({ failure, error, onRetry }: { failure: ResultsFailure; error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert" data-testid="results-error">
      <p>{resultsProblemText(t, failure, error)}</p>
      <button type="button" className="button button--quiet" onClick={onRetry} data-testid="results-retry">
        {t('consoleResults.state.retry')}
      </button>
    </div>
  );
}
