import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { useLocaleSync } from './i18n/useLocaleSync';
import { AppShell } from './shell/AppShell';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { AppStateProvider, useSettings } from './state/AppStateContext';
import type { AppState } from './state/appState';

export function App({ state, i18n }: { state: AppState; i18n: i18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <AppStateProvider state={state}>
        <LocaleSync i18n={i18n} />
        <ErrorBoundary>
          <AppShell />
        </ErrorBoundary>
      </AppStateProvider>
    </I18nextProvider>
  );
}

function LocaleSync({ i18n }: { i18n: i18n }) {
  useLocaleSync(
    i18n,
    useSettings((s) => s.settings?.language),
  );
  return null;
}
