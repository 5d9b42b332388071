import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubClient } from '../../../../shared/api/hub/hubClient';
import type { ResultSession, ResultsQuery } from '../../../../shared/api/hub/hubConsole';
import { figureColumn } from '../../features/reports/figureColumn';
import { Value } from '../../features/reports/Value';
import { type Column, DataTable } from '../../ui/DataTable';
import { ClickableRows } from './ClickableRows';
import { LoadingNote } from './LoadingNote';
import { LoadProblem } from './LoadProblem';
import { queryRecord } from './resultsQuery';
import { useLoad } from './useLoad';
import { useResultFormats } from './useResultFormats';

interface Props {
  client: HubClient;
  token: string;
  storeCode: string;
  query: ResultsQuery;
  onOpen(session: ResultSession): void;
  /** A session to focus once the list is in (the one the reader came back from). */
  returnTo?: string | undefined;
}

/** One store's sessions in the range, newest first; a session opens its review. */
export function StoreSessions({ client, token, storeCode, query, onOpen, returnTo }: Props) {
  const { t } = useTranslation();
  const f = useResultFormats();
  const { loaded, retry } = useLoad(`${storeCode}|${JSON.stringify(query)}`, () =>
    client.call('resultSessions', { params: { storeCode }, query: queryRecord(query), token }),
  );
  const sessions = loaded.data?.sessions ?? [];
  const list = useRef<HTMLDivElement>(null);
  const refocused = useRef(false);

  useEffect(() => {
    if (refocused.current || !returnTo || loaded.state !== 'ok') return;
    refocused.current = true;
    list.current?.querySelector<HTMLElement>(`[data-session-id="${CSS.escape(returnTo)}"] [data-testid="results-session-open"]`)?.focus();
  }, [loaded.state, returnTo]);

  const columns: Column<ResultSession>[] = [
    {
      key: 'startedAt',
      header: t('consoleResults.drill.date'),
      cell: (s) => <Value compact text={f.dateTime(s.startedAt)} />,
      cellAttributes: () => ({ 'data-testid': 'results-session-date' }),
    },
    {
      key: 'show',
      header: t('consoleResults.drill.show'),
      rowHeader: true,
      cell: (s) => (
        <>
          <button type="button" className="results-link" data-testid="results-session-open" onClick={() => onOpen(s)}>
            {s.showName ?? t('consoleResults.drill.unnamed')}
          </button>
          {s.live && (
            <span className="reports-badge" data-testid="results-session-live">
              {t('consoleResults.drill.live')}
            </span>
          )}
        </>
      ),
    },
    figureColumn('duration', t('consoleResults.drill.duration'), (s) => f.duration(s.durationMs), 'results-session-duration'),
    figureColumn('gmv', t('consoleResults.drill.gmv'), (s) => f.yuan(s.gmvFen), 'results-session-gmv'),
    figureColumn('peak', t('consoleResults.drill.peak'), (s) => f.people(s.peakViewers), 'results-session-peak'),
  ];

  const openId = (id: string) => {
    const session = sessions.find((s) => s.sessionId === id);
    if (session) onOpen(session);
  };

  if (loaded.state === 'error') return <LoadProblem failure="drill.failed" error={loaded.error} onRetry={retry} />;
  if (loaded.state === 'loading' && loaded.data === null)
    return <LoadingNote text={t('consoleResults.drill.loading')} testId="results-sessions-loading" />;
  if (sessions.length === 0) {
    return (
      <p className="muted reports-placeholder" data-testid="results-sessions-empty">
        {t('consoleResults.drill.empty')}
      </p>
    );
  }
  return (
    <ClickableRows className="results-sessions" attribute="data-session-id" onRow={openId}>
      <div ref={list}>
        <DataTable
          columns={columns}
          rows={sessions}
          rowKey={(s) => s.sessionId}
          rowAttributes={(s) => ({ className: 'results-row', 'data-session-id': s.sessionId, 'data-testid': 'results-session-row' })}
          label={t('consoleResults.drill.sessions')}
          testId="results-sessions"
        />
      </div>
    </ClickableRows>
  );
}
