import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreApi } from 'zustand/vanilla';
import type { HubClient } from '../../../../shared/api/hub/hubClient';
import type { ConsoleStore, EnrollmentCodeResponse } from '../../../../shared/api/hub/hubConsole';
import type { ProducerAccount } from '../../../../shared/api/hub/hubProducer';
import type { ConsoleSessionState } from '../session/consoleSession';
import { LoadNotice } from '../shell/LoadNotice';
import { REFRESH_MS, usePolled } from '../shell/usePolled';
import { CreateStoreDialog } from './CreateStoreDialog';
import { EnrollmentDialog } from './EnrollmentDialog';
import { StoreDetail } from './StoreDetail';
import { StoreFiltersBar } from './StoreFiltersBar';
import { StoresTable } from './StoresTable';
import { filterStores, NO_FILTERS, type StoreFilters } from './storeFilters';

interface StoresPageProps {
  client: HubClient;
  session: StoreApi<ConsoleSessionState>;
  account: ProducerAccount;
}

/** Every store in the account's regions, refreshed every 10 s; producers and admins create stores and enroll PCs. */
export function StoresPage({ client, session, account }: StoresPageProps) {
  const { t } = useTranslation();
  const canManage = account.role !== 'viewer';
  const load = useCallback(() => session.getState().authorized((token) => client.call('stores', { token })), [client, session]);
  const { data, error, reload } = usePolled(load, REFRESH_MS);
  const [filters, setFilters] = useState<StoreFilters>(NO_FILTERS);
  // By code, so a refresh (new objects) keeps the same store selected.
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [enrolling, setEnrolling] = useState<{ store: ConsoleStore; issuing: Promise<EnrollmentCodeResponse> } | null>(null);
  const enroll = (store: ConsoleStore) =>
    setEnrolling({
      store,
      issuing: session
        .getState()
        .authorized((token) => client.call('enrollmentCode', { token, params: { storeCode: store.code }, body: { ttlDays: 7 } })),
    });

  const stores = data?.stores ?? [];
  const shown = filterStores(stores, filters);
  // Its PCs show while it is in the (filtered) list; clearing the filter brings them back.
  const selectedStore = shown.find((s) => s.code === selected) ?? null;
  const hubTime = data?.hubTime ?? Date.now();

  return (
    <section className="console-page" aria-labelledby="stores-title" data-testid="stores-page">
      <div className="console-page__head">
        <h1 id="stores-title">{t('console.stores.title')}</h1>
        {canManage && (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)} data-testid="store-create">
            {t('console.stores.create')}
          </button>
        )}
      </div>
      {data !== null && <StoreFiltersBar stores={stores} filters={filters} onChange={setFilters} shown={shown.length} />}
      <LoadNotice loaded={data !== null} error={error} testId="stores-error" />
      {data !== null && stores.length === 0 && <p className="muted">{t('console.stores.empty')}</p>}
      {stores.length > 0 && shown.length === 0 && <p className="muted">{t('console.stores.noMatch')}</p>}
      {shown.length > 0 && (
        <StoresTable
          stores={shown}
          hubTime={hubTime}
          selected={selected}
          canManage={canManage}
          onSelect={(code) => setSelected((current) => (current === code ? null : code))}
          onEnroll={enroll}
        />
      )}
      {selectedStore && (
        <StoreDetail
          // Another store is another panel: nothing said about the last one (a revoke's failure) carries over.
          key={selectedStore.code}
          store={selectedStore}
          hubTime={hubTime}
          canManage={canManage}
          onClose={() => setSelected(null)}
          onEnroll={() => enroll(selectedStore)}
          onRevoke={(deviceId) =>
            session
              .getState()
              .authorized((token) => client.call('revokeDevice', { token, params: { storeCode: selectedStore.code, deviceId } }))
              .finally(reload)
          }
        />
      )}
      {creating && (
        <CreateStoreDialog
          account={account}
          stores={stores}
          create={(body) => session.getState().authorized((token) => client.call('createStore', { token, body }))}
          onCreated={(store) => {
            setCreating(false);
            setSelected(store.code);
            reload();
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      {enrolling && <EnrollmentDialog store={enrolling.store} issuing={enrolling.issuing} onClose={() => setEnrolling(null)} />}
    </section>
  );
}
