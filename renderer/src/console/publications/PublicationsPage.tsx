import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreApi } from 'zustand/vanilla';
import type { HubClient } from '../../../../shared/api/hub/hubClient';
import type { PublicationStatus } from '../../../../shared/api/hub/hubConsole';
import { useDateTime } from '../../format/useDateTime';
import { type Column, DataTable } from '../../ui/DataTable';
import { targetText } from '../format/consoleFormat';
import type { ConsoleSessionState } from '../session/consoleSession';
import { routeHash } from '../shell/hashRoute';
import { LoadNotice } from '../shell/LoadNotice';
import { REFRESH_MS, usePolled } from '../shell/usePolled';
import { DeliveryBar } from './DeliveryBar';
import { PublicationStores } from './PublicationStores';

interface PublicationsPageProps {
  client: HubClient;
  session: StoreApi<ConsoleSessionState>;
  /** From the URL, so a reload keeps it. */
  selectedId: number | null;
}

/** What was sent to which stores, newest first, and how far each got; one selected lists its stores. */
export function PublicationsPage({ client, session, selectedId }: PublicationsPageProps) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const load = useCallback(() => session.getState().authorized((token) => client.call('publicationsStatus', { token })), [client, session]);
  const { data, error } = usePolled(load, REFRESH_MS);
  const publications = data?.publications ?? [];
  const selected = publications.find((p) => p.id === selectedId) ?? null;
  const select = (id: number) => {
    window.location.hash = routeHash({ page: 'publications', publicationId: id === selectedId ? null : id });
  };

  const columns: Column<PublicationStatus>[] = [
    {
      key: 'title',
      header: t('console.publications.columns.title'),
      rowHeader: true,
      cell: (p) => (
        <button
          type="button"
          className="console-link"
          aria-expanded={p.id === selectedId}
          onClick={() => select(p.id)}
          data-testid="publication-select"
        >
          {p.title}
        </button>
      ),
    },
    { key: 'kind', header: t('console.publications.columns.kind'), cell: (p) => t(`console.publications.kind.${p.kind}`) },
    {
      key: 'version',
      header: t('console.publications.columns.version'),
      cell: (p) => t('console.publications.version', { version: p.version }),
    },
    {
      key: 'target',
      header: t('console.publications.columns.target'),
      cell: (p) => (
        <span className="console-stack">
          <span>{targetText(t, p.target)}</span>
          <span className="muted console-small">{t('console.publications.storeCount', { count: p.storeCount })}</span>
        </span>
      ),
    },
    {
      key: 'published',
      header: t('console.publications.columns.published'),
      cell: (p) => (
        <span className="console-stack">
          <span>{dateTime(p.publishedAt)}</span>
          <span className="muted console-small">{t('console.publications.by', { name: p.publishedBy })}</span>
        </span>
      ),
    },
    {
      key: 'progress',
      header: t('console.publications.columns.progress'),
      cell: (p) => <DeliveryBar publication={p} />,
      cellAttributes: () => ({ className: 'console-delivery-col' }),
    },
  ];

  return (
    <section className="console-page" aria-labelledby="publications-title" data-testid="publications-page">
      <div className="console-page__head">
        <h1 id="publications-title">{t('console.publications.title')}</h1>
      </div>
      <LoadNotice loaded={data !== null} error={error} testId="publications-error" />
      {data !== null && publications.length === 0 && <p className="muted">{t('console.publications.empty')}</p>}
      {publications.length > 0 && (
        <DataTable
          columns={columns}
          rows={publications}
          rowKey={(p) => String(p.id)}
          rowAttributes={(p) => ({
            'data-testid': 'publication-row',
            'data-publication-id': String(p.id),
            className: p.id === selectedId ? 'console-row--selected' : undefined,
          })}
          label={t('console.publications.title')}
          testId="publications-table"
        />
      )}
      {selected && <PublicationStores key={selected.id} client={client} session={session} publication={selected} />}
    </section>
  );
}
