import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreApi } from 'zustand/vanilla';
import type { HubClient } from '../../../shared/api/hub/hubClient';
import type { ProducerAccount } from '../../../shared/api/hub/hubProducer';
import { PublicationsPage } from './publications/PublicationsPage';
import { ResultsPage } from './results/ResultsPage';
import { type ConsoleSessionState, expiringClient } from './session/consoleSession';
import { ConsoleHeader } from './shell/ConsoleHeader';
import { useHashRoute } from './shell/hashRoute';
import { StoresPage } from './stores/StoresPage';

interface ConsoleShellProps {
  client: HubClient;
  session: StoreApi<ConsoleSessionState>;
  account: ProducerAccount;
}

/** Signed in: the header with the pages' links, and the page the URL names. */
export function ConsoleShell({ client, session, account }: ConsoleShellProps) {
  const { t } = useTranslation();
  const route = useHashRoute();
  const token = session.getState().token ?? '';
  const resultsClient = useMemo(() => expiringClient(client, session), [client, session]);
  return (
    <div className="console">
      <ConsoleHeader account={account} page={route.page} onSignOut={() => session.getState().signOut()} />
      <main className="console__main" aria-label={t(`console.nav.${route.page}`)}>
        {route.page === 'stores' && <StoresPage client={client} session={session} account={account} />}
        {route.page === 'publications' && <PublicationsPage client={client} session={session} selectedId={route.publicationId} />}
        {route.page === 'results' && (
          <ResultsPage client={resultsClient} token={token} account={account} onExpired={() => session.getState().expire(token)} />
        )}
      </main>
    </div>
  );
}
