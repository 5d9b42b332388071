import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nextFocusIndex } from '../../keyboard/listFocus';
import { useReports, useReportsStore } from '../../state/reports/useReportsStore';
import { formatYuan, sessionDurationMs } from './reportFormat';
import { useFormatters } from './useFormatters';

const ITEM = '[data-testid="reports-session"]';

/** Sessions, newest first; arrow keys (and Home/End) move between them, Enter or a click opens one. */
export function SessionList() {
  const { t } = useTranslation();
  const store = useReportsStore();
  const sessions = useReports((s) => s.sessions);
  const total = useReports((s) => s.total);
  const hasMore = useReports((s) => s.next !== null);
  const loading = useReports((s) => s.listLoading);
  const error = useReports((s) => s.listError);
  const selectedId = useReports((s) => s.selectedId);
  const f = useFormatters();
  const now = Date.now();

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>(ITEM)];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = nextFocusIndex(at, event.key, items.length);
    const target = next === null || next === at ? undefined : items[next];
    if (!target) return;
    event.preventDefault();
    target.focus();
    // Moving through the list opens what it lands on, like a file list.
    void store.getState().select(target.dataset.sessionId ?? null);
  };

  return (
    <nav className="reports-list-pane" aria-label={t('reports.list.label')}>
      <div className="reports-list-pane__head">
        <h2 className="reports-list-pane__title">{t('reports.list.label')}</h2>
        <button
          type="button"
          className="button button--quiet"
          data-testid="reports-refresh-list"
          disabled={loading}
          onClick={() => void store.getState().loadSessions()}
        >
          {t('reports.list.refresh')}
        </button>
      </div>
      {error && (
        <div className="notice notice--error" role="alert" data-testid="reports-list-error">
          <p>{t('reports.list.failed', { message: error })}</p>
          <button type="button" className="button button--quiet" onClick={() => void store.getState().loadSessions()}>
            {t('reports.list.retry')}
          </button>
        </div>
      )}
      {sessions.length === 0 && !error && (
        <p className="muted" data-testid="reports-list-empty">
          {loading ? t('reports.list.loading') : t('reports.list.empty')}
        </p>
      )}
      <ul className="reports-sessions" data-testid="reports-sessions" onKeyDown={onKeyDown}>
        {sessions.map((s) => (
          <li key={s.sessionId}>
            <button
              type="button"
              className="pick-item"
              data-testid="reports-session"
              data-session-id={s.sessionId}
              data-phase={s.phase}
              aria-current={s.sessionId === selectedId ? 'true' : undefined}
              onClick={() => void store.getState().select(s.sessionId)}
            >
              <span className="reports-session__name">
                {s.showName}
                {s.phase === 'live' && (
                  <span className="reports-badge" data-testid="reports-live-badge">
                    {t('reports.list.live')}
                  </span>
                )}
              </span>
              <span className="reports-session__meta">
                <span>{f.dateTime(s.startedAt)}</span>
                <span>{t('reports.list.duration', { duration: f.duration(sessionDurationMs(s, now)) })}</span>
                {s.gmvFen !== null && <span data-testid="reports-session-gmv">{t('reports.list.gmv', { gmv: formatYuan(s.gmvFen) })}</span>}
                {s.peakViewers !== null && (
                  <span data-testid="reports-session-peak">{t('reports.moreFigures.listPeak', { n: f.count(s.peakViewers) })}</span>
                )}
                <span>{t('reports.list.cues', { fired: s.firedCueCount, count: s.cueCount })}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {hasMore && (
        <button
          type="button"
          className="button button--quiet reports-more"
          data-testid="reports-more"
          disabled={loading}
          onClick={() => void store.getState().loadMore()}
        >
          {t('reports.list.more', { shown: sessions.length, total })}
        </button>
      )}
    </nav>
  );
}
