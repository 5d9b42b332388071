import { useTranslation } from 'react-i18next';
import type { LeaderboardRow, ResultsResponse } from '../../../../shared/api/hub/hubConsole';
import { DayTrend } from './DayTrend';
import { ItemsAcross } from './ItemsAcross';
import { Leaderboard } from './Leaderboard';
import { LoadingNote } from './LoadingNote';
import { LoadProblem } from './LoadProblem';
import type { LeaderboardSort } from './leaderboardSort';
import { ProductsAcross } from './ProductsAcross';
import { ResultsTotals } from './ResultsTotals';
import type { Loaded } from './useLoad';

interface Props {
  loaded: Loaded<ResultsResponse>;
  onRetry(): void;
  sort: LeaderboardSort;
  onSort(sort: LeaderboardSort): void;
  onOpen(store: LeaderboardRow): void;
}

/** The results of the last query, or why there are none: loading, no sessions, or the hub's message with a retry. */
export function ResultsBody({ loaded, onRetry, sort, onSort, onOpen }: Props) {
  const { t } = useTranslation();
  if (loaded.state === 'error') return <LoadProblem failure="state.failed" error={loaded.error} onRetry={onRetry} />;
  const data = loaded.data;
  if (data === null) return <LoadingNote text={t('consoleResults.state.loading')} testId="results-loading" />;
  if (data.totals.sessions === 0) {
    return (
      <p className="muted reports-placeholder" role="status" data-testid="results-empty">
        {t('consoleResults.state.empty')}
      </p>
    );
  }
  return (
    <div className="results-body" aria-busy={loaded.state === 'loading'} data-testid="results-body">
      <ResultsTotals totals={data.totals} />
      <Leaderboard rows={data.stores} sort={sort} onSort={onSort} onOpen={onOpen} />
      <ProductsAcross products={data.products} />
      <ItemsAcross items={data.items} />
      <DayTrend days={data.days} range={data.query} />
    </div>
  );
}
