import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubClient } from '../../../../shared/api/hub/hubClient';
import type { LeaderboardRow, ResultSession } from '../../../../shared/api/hub/hubConsole';
import type { ProducerAccount } from '../../../../shared/api/hub/hubProducer';
import { DrillTrail, type TrailStep } from './DrillTrail';
import { DEFAULT_SORT, type LeaderboardSort } from './leaderboardSort';
import { ResultsBody } from './ResultsBody';
import { ResultsExport } from './ResultsExport';
import { ResultsFilters } from './ResultsFilters';
import { buildResultsQuery, defaultFilters, queryRecord, readerTzOffsetMinutes } from './resultsQuery';
import { SessionDrill } from './SessionDrill';
import { StoreSessions } from './StoreSessions';
import { useLoad } from './useLoad';
import { useResultFormats } from './useResultFormats';
import '../../features/reports/reports.css';
import './results.css';

interface StoreRef {
  code: string;
  name: string;
}

/** Where the reader is: the results, one store's sessions, or one session's review. */
type Level =
  | { kind: 'results' }
  | { kind: 'store'; store: StoreRef /** The session the reader came back from, to focus again once the list is in. */; from?: string }
  | { kind: 'session'; store: StoreRef; session: { id: string; label: string } };

/**
 * 跨店业绩: results of every store in the account's regions over a date range, with a drill-down from a store to its
 * sessions and from a session to its review. Filters, sort and the results stay as they were when the reader goes back.
 */
export function ResultsPage({
  client,
  token,
  account,
  onExpired,
}: {
  client: HubClient;
  token: string;
  account: ProducerAccount;
  /** A 401 outside the client (the export's raw fetch): back to the sign-in page. */
  onExpired(): void;
}) {
  const { t, i18n } = useTranslation();
  const f = useResultFormats();
  const tz = useMemo(() => readerTzOffsetMinutes(), []);
  const [filters, setFilters] = useState(() => defaultFilters(Date.now(), tz));
  const [query, setQuery] = useState(() => buildResultsQuery(filters, tz));
  const [sort, setSort] = useState<LeaderboardSort>(DEFAULT_SORT);
  const [level, setLevel] = useState<Level>({ kind: 'results' });
  const targets = useLoad('targets', () => client.call('targets', { token }));
  const results = useLoad(JSON.stringify(query), () => client.call('results', { query: queryRecord(query), token }));
  const heading = useRef<HTMLHeadingElement>(null);
  /** Where focus goes back to after going up a level (the store's or session's own button). */
  const returnTo = useRef<string | null>(null);

  const runQuery = () => {
    const next = buildResultsQuery(filters, tz);
    // The same query again is a refresh: the hub may have new sessions since.
    if (JSON.stringify(next) === JSON.stringify(query)) results.retry();
    else setQuery(next);
  };

  const up = useCallback(() => {
    setLevel((current) => {
      if (current.kind === 'session') return { kind: 'store', store: current.store, from: current.session.id };
      if (current.kind === 'store')
        returnTo.current = `[data-store-code="${CSS.escape(current.store.code)}"] [data-testid="results-store-open"]`;
      return { kind: 'results' };
    });
  }, []);

  useEffect(() => {
    if (level.kind === 'results') return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // A dialog open over the page (the shell's) takes its own Esc.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      up();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [level.kind, up]);

  // Going down, the new level's heading takes focus (and scrolls into view); going up, the row the reader came from.
  useEffect(() => {
    const selector = returnTo.current;
    returnTo.current = null;
    const back = selector ? document.querySelector<HTMLElement>(selector) : null;
    if (back) back.focus();
    else if (level.kind !== 'results' && !(level.kind === 'store' && level.from)) heading.current?.focus();
  }, [level]);

  const openStore = (row: LeaderboardRow) => setLevel({ kind: 'store', store: { code: row.storeCode, name: row.storeName } });
  const store = level.kind === 'results' ? null : level.store;
  const openSession = (session: ResultSession) => {
    if (!store) return;
    const when = f.dateTime(session.startedAt);
    const label = [session.showName ?? t('consoleResults.drill.unnamed'), when].filter(Boolean).join(' · ');
    setLevel({ kind: 'session', store, session: { id: session.sessionId, label } });
  };

  const steps: TrailStep[] = [{ key: 'results', label: t('consoleResults.title'), onGo: () => setLevel({ kind: 'results' }) }];
  if (store) {
    steps.push(
      // The store's name leads to its sessions: a link only from a review (on the list it would go nowhere).
      { key: 'store', label: store.name, ...(level.kind === 'session' ? { onGo: () => setLevel({ kind: 'store', store }) } : {}) },
      { key: 'sessions', label: t('consoleResults.drill.sessions'), onGo: () => setLevel({ kind: 'store', store }) },
    );
  }
  if (level.kind === 'session') steps.push({ key: 'session', label: level.session.label });

  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  const scope =
    account.regions.length === 0 ? t('consoleResults.scopeAll') : t('consoleResults.scope', { regions: list.format(account.regions) });

  return (
    <div className="results-page" data-testid="results-page" data-level={level.kind}>
      {level.kind === 'results' ? (
        <>
          <header className="results-page__head">
            <div>
              <h1 className="results-page__title">{t('consoleResults.title')}</h1>
              <p className="muted" data-testid="results-scope">
                {scope}
              </p>
            </div>
            <ResultsExport baseUrl={client.baseUrl} token={token} query={query} onExpired={onExpired} />
          </header>
          <ResultsFilters
            filters={filters}
            onChange={setFilters}
            targets={targets.loaded.data}
            busy={results.loaded.state === 'loading'}
            onQuery={runQuery}
          />
          <ResultsBody loaded={results.loaded} onRetry={results.retry} sort={sort} onSort={setSort} onOpen={openStore} />
        </>
      ) : (
        <>
          <DrillTrail steps={steps} onBack={up} />
          {level.kind === 'store' ? (
            <section
              className="results-drill"
              aria-labelledby="results-drill-title"
              data-testid="results-store-sessions"
              data-store-code={level.store.code}
            >
              <header className="results-page__head">
                <div>
                  <h1 className="results-page__title" id="results-drill-title" ref={heading} tabIndex={-1}>
                    {t('consoleResults.drill.sessionsTitle', { store: level.store.name })}
                  </h1>
                  <p className="muted">{t('consoleResults.drill.range', { from: query.from, to: query.to })}</p>
                </div>
              </header>
              <StoreSessions
                client={client}
                token={token}
                storeCode={level.store.code}
                query={query}
                onOpen={openSession}
                returnTo={level.from}
              />
            </section>
          ) : (
            <section className="results-drill" aria-label={level.session.label}>
              <h1 className="visually-hidden" ref={heading} tabIndex={-1}>
                {level.session.label}
              </h1>
              <SessionDrill client={client} token={token} storeCode={level.store.code} sessionId={level.session.id} />
            </section>
          )}
        </>
      )}
    </div>
  );
}
