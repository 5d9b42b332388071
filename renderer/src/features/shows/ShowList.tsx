import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateTime } from '../../format/useDateTime';
import { OriginBadge } from './OriginBadge';
import { useShows } from './useShowsStores';

/** The shows, most recently changed first; arrow keys move between them. */
export function ShowList({ onSelect }: { onSelect(id: string): void }) {
  const { t } = useTranslation();
  const shows = useShows((s) => s.shows);
  const total = useShows((s) => s.total);
  const loading = useShows((s) => s.listLoading);
  const error = useShows((s) => s.listError);
  const selectedId = useShows((s) => s.selectedId);
  const reload = useShows((s) => s.reloadList);
  const loadMore = useShows((s) => s.loadMore);
  const dateTime = useDateTime();

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[data-testid="shows-item"]')];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = items[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  return (
    <nav className="show-list" aria-label={t('shows.list.label')}>
      {error && (
        <div className="notice notice--error" role="alert">
          <p>{t('shows.list.failed', { message: error })}</p>
          <button type="button" className="button button--quiet" onClick={() => void reload()}>
            {t('shows.list.retry')}
          </button>
        </div>
      )}
      {shows.length === 0 && !error && (
        <p className="muted show-list__empty">{loading ? t('shows.list.loading') : t('shows.list.empty')}</p>
      )}
      <ul className="show-list__items" data-testid="shows-list" onKeyDown={onKeyDown}>
        {shows.map((show) => (
          <li key={show.id}>
            <button
              type="button"
              className="pick-item"
              data-testid="shows-item"
              data-show-id={show.id}
              data-name={show.name}
              aria-current={show.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(show.id)}
            >
              <span className="show-list__name">
                {show.name}
                {show.origin && <OriginBadge origin={show.origin} />}
              </span>
              <span className="show-list__meta">
                <span className="show-list__count">{t('shows.list.cues', { count: show.cueCount })}</span>
                <span>
                  {show.plannedStartAt !== null
                    ? t('shows.list.planned', { when: dateTime(show.plannedStartAt) })
                    : t('shows.list.updated', { when: dateTime(show.updatedAt) })}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {shows.length < total && (
        <button type="button" className="button button--quiet show-list__more" disabled={loading} onClick={() => void loadMore()}>
          {t('shows.list.more', { shown: shows.length, total })}
        </button>
      )}
    </nav>
  );
}
