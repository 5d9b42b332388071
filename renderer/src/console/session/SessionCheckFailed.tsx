import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { problemText } from '../shell/problemText';
import type { ConsoleSessionState } from './consoleSession';

/** The kept sign-in could not be checked (hub unreachable, a gateway's error): why, a retry, or a fresh sign-in. */
export function SessionCheckFailed({ session }: { session: StoreApi<ConsoleSessionState> }) {
  const { t } = useTranslation();
  const error = useStore(session, (s) => s.checkError);
  return (
    <main className="console-signin">
      <div className="console-signin__lang">
        <LanguageSwitch />
      </div>
      <section className="console-signin__card" aria-labelledby="console-check-title" data-testid="console-check-failed">
        <h1 className="console-signin__brand">{t('console.title')}</h1>
        <h2 id="console-check-title">{t('console.check.title')}</h2>
        <p className="notice notice--error" role="alert" data-testid="console-check-error">
          {problemText(t, error, { once: true })}
        </p>
        <button
          type="button"
          className="button button--primary console-signin__submit"
          onClick={() => void session.getState().check()}
          data-testid="console-check-retry"
        >
          {t('console.check.retry')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => session.getState().signOut()}
          data-testid="console-check-sign-in"
        >
          {t('console.check.signIn')}
        </button>
      </section>
    </main>
  );
}
