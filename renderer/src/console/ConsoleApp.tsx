import type { i18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { HubClient } from '../../../shared/api/hub/hubClient';
import { ConsoleShell } from './ConsoleShell';
import type { ConsoleSessionState } from './session/consoleSession';
import { SessionCheckFailed } from './session/SessionCheckFailed';
import { SignInPage } from './session/SignInPage';

interface ConsoleAppProps {
  client: HubClient;
  session: StoreApi<ConsoleSessionState>;
  i18n: i18n;
}

/** The head-office web console: the sign-in page until a producer is signed in, then the pages. */
export function ConsoleApp({ client, session, i18n }: ConsoleAppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <SessionGate client={client} session={session} />
    </I18nextProvider>
  );
}

function SessionGate({ client, session }: Omit<ConsoleAppProps, 'i18n'>) {
  const { t } = useTranslation();
  const status = useStore(session, (s) => s.status);
  const account = useStore(session, (s) => s.account);
  if (status === 'checking') {
    return (
      <p className="console-loading" aria-live="polite">
        {t('console.loading')}
      </p>
    );
  }
  if (status === 'checkFailed') return <SessionCheckFailed session={session} />;
  if (status === 'signedOut' || account === null) return <SignInPage session={session} />;
  return <ConsoleShell client={client} session={session} account={account} />;
}
