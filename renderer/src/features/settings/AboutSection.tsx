import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbout } from '../../state/AppStateContext';

/** App name, version, where the data lives and what runs it: what support asks for first. */
export function AboutSection({ ref }: { ref?: Ref<HTMLElement> }) {
  const { t } = useTranslation();
  const about = useAbout((s) => s.about);
  const error = useAbout((s) => s.error);
  const reload = useAbout((s) => s.reload);

  return (
    <section className="panel" aria-labelledby="settings-about-title" ref={ref} tabIndex={-1}>
      <h2 className="panel__title" id="settings-about-title">
        {t('settings.about.title')}
      </h2>
      {error && (
        <div className="field__error" role="alert">
          <p>{t('settings.about.failed', { message: error })}</p>
          <button type="button" className="button" onClick={() => void reload()}>
            {t('settings.about.reload')}
          </button>
        </div>
      )}
      {!about && !error && <p className="muted">{t('settings.about.loading')}</p>}
      {about && (
        <dl className="facts">
          <Fact label={t('settings.about.appName')}>{about.appName}</Fact>
          <Fact label={t('settings.about.version')} testId="about-version">
            {about.version}
          </Fact>
          <Fact
            label={t('settings.about.host')}
            testId="about-host"
            note={about.host === 'electron' ? t('settings.about.hostElectron') : t('settings.about.hostServe')}
          >
            {about.host}
          </Fact>
          <Fact label={t('settings.about.dataDir')} testId="about-data-dir" path>
            {about.dataDir}
          </Fact>
          <Fact label={t('settings.about.databaseFile')} testId="about-database-file" path>
            {about.databaseFile}
          </Fact>
          <Fact label={t('settings.about.sqliteVersion')} testId="about-sqlite-version">
            {about.sqliteVersion}
          </Fact>
          <Fact label={t('settings.about.nodeVersion')} testId="about-node-version">
            {about.nodeVersion}
          </Fact>
          <Fact label={t('settings.about.electronVersion')} testId="about-electron-version">
            {about.electronVersion ?? t('settings.about.notElectron')}
          </Fact>
          <Fact label={t('settings.about.platform')}>{`${about.platform} / ${about.arch}`}</Fact>
        </dl>
      )}
    </section>
  );
}

interface FactProps {
  label: string;
  children: ReactNode;
  testId?: string;
  /** Human wording shown beside the raw value; kept outside the test id so the value stays exact. */
  note?: string;
  path?: boolean;
}

function Fact({ label, children, testId, note, path = false }: FactProps) {
  return (
    <div className="facts__row">
      <dt className="facts__label">{label}</dt>
      <dd className="facts__value">
        <span className={path ? 'facts__path' : undefined} data-testid={testId}>
          {children}
        </span>
        {note && <span className="facts__note"> · {note}</span>}
      </dd>
    </div>
  );
}
