import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreApi } from 'zustand/vanilla';
import type { HubClient } from '../../../../shared/api/hub/hubClient';
import type { PublicationStatus, PublicationStoreStatus } from '../../../../shared/api/hub/hubConsole';
import { useDateTime } from '../../format/useDateTime';
import { type Column, DataTable } from '../../ui/DataTable';
import type { ConsoleSessionState } from '../session/consoleSession';
import { LoadNotice } from '../shell/LoadNotice';
import { REFRESH_MS, usePolled } from '../shell/usePolled';

interface PublicationStoresProps {
  client: HubClient;
  session: StoreApi<ConsoleSessionState>;
  publication: PublicationStatus;
}

/** Each target store of one publication: its latest status and, for a failure or a deferral, why. */
export function PublicationStores({ client, session, publication }: PublicationStoresProps) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const load = useCallback(
    () =>
      session
        .getState()
        .authorized((token) => client.call('publicationStores', { token, params: { publicationId: String(publication.id) } })),
    [client, session, publication.id],
  );
  const { data, error } = usePolled(load, REFRESH_MS, String(publication.id));
  const ref = useRef<HTMLElement>(null);
  // Chosen from a list that may fill the window: bring its stores into view.
  // Braces: newer browsers return a promise from scrollIntoView, which React would take for the effect's cleanup.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const none = t('console.stores.none');
  const columns: Column<PublicationStoreStatus>[] = [
    {
      key: 'store',
      header: t('console.publications.storeColumns.store'),
      rowHeader: true,
      cell: (s) => (
        <span className="console-stack">
          <span>{s.storeName}</span>
          <code className="muted console-small">{s.storeCode}</code>
        </span>
      ),
    },
    { key: 'region', header: t('console.publications.storeColumns.region'), cell: (s) => s.region || none },
    { key: 'group', header: t('console.publications.storeColumns.group'), cell: (s) => s.group || none },
    {
      key: 'status',
      header: t('console.publications.storeColumns.status'),
      cell: (s) => {
        const part = s.status ?? 'waiting';
        return (
          <span className="delivery__count" data-testid="publication-store-status" data-status={part}>
            <span className={`delivery__swatch delivery__part--${part}`} aria-hidden="true" />
            {t(`console.publications.status.${part}`)}
          </span>
        );
      },
    },
    {
      key: 'reason',
      header: t('console.publications.storeColumns.reason'),
      wrap: true,
      cell: (s) => s.reason ?? (s.status === 'deferred' ? t('console.publications.deferredReason') : ''),
    },
    { key: 'at', header: t('console.publications.storeColumns.at'), cell: (s) => (s.at === null ? '—' : dateTime(s.at)) },
  ];
  return (
    <section
      ref={ref}
      className="console-panel"
      aria-labelledby="publication-stores-title"
      data-testid="publication-stores"
      data-publication-id={publication.id}
    >
      <h2 id="publication-stores-title">{t('console.publications.storesTitle', { title: publication.title })}</h2>
      <LoadNotice loaded={data !== null} error={error} />
      {data !== null && data.stores.length === 0 && <p className="muted">{t('console.publications.storesEmpty')}</p>}
      {data !== null && data.stores.length > 0 && (
        <DataTable
          columns={columns}
          rows={data.stores}
          rowKey={(s) => s.storeCode}
          rowAttributes={(s) => ({ 'data-testid': 'publication-store-row', 'data-store-code': s.storeCode })}
          label={t('console.publications.storesTitle', { title: publication.title })}
        />
      )}
    </section>
  );
}
