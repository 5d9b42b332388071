import { useTranslation } from 'react-i18next';
import type { ProducerAccount } from '../../../../shared/api/hub/hubProducer';
import { regionsText } from '../format/consoleFormat';
import { type ConsolePage, PAGES } from './hashRoute';
import { LanguageSwitch } from './LanguageSwitch';

interface ConsoleHeaderProps {
  account: ProducerAccount;
  page: ConsolePage;
  onSignOut(): void;
}

/** The brand, the pages (plain links: Tab reaches them, the hash keeps the page on reload), and who is signed in. */
export function ConsoleHeader({ account, page, onSignOut }: ConsoleHeaderProps) {
  const { t, i18n } = useTranslation();
  return (
    <header className="console-header">
      <span className="console-header__brand">{t('console.title')}</span>
      <nav className="console-nav" aria-label={t('console.nav.label')}>
        {PAGES.map((p) => (
          <a
            key={p}
            href={`#/${p}`}
            className="console-nav__item"
            aria-current={p === page ? 'page' : undefined}
            data-testid={`console-nav-${p}`}
          >
            {t(`console.nav.${p}`)}
          </a>
        ))}
      </nav>
      <div className="console-account" data-testid="console-account">
        <span className="console-account__name" data-testid="console-account-name">
          {account.displayName || account.username}
        </span>
        <span className={`console-role console-role--${account.role}`} data-testid="console-account-role">
          {t(`console.header.roles.${account.role}`)}
        </span>
        <span className="console-account__regions" data-testid="console-account-regions" title={t('console.header.regions')}>
          {regionsText(t, account.regions, i18n.language)}
        </span>
      </div>
      <LanguageSwitch />
      <button type="button" className="button button--quiet" onClick={onSignOut} data-testid="console-sign-out">
        {t('console.header.signOut')}
      </button>
    </header>
  );
}
