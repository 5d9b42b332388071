import { useTranslation } from 'react-i18next';
import { useConnection, useObs } from '../state/AppStateContext';
import type { SettingsSection } from './SettingsArea';
import { SyncStatusItem } from './SyncStatusItem';
import { obsTone } from './statusTone';

/**
 * Bottom bar: is LiveCue's own service there, is OBS there, the link to head office. Always visible, readable at a
 * glance, in plain words; how the window reaches the service is only in the tooltip.
 */
export function StatusBar({ onOpenSettings }: { onOpenSettings(section: SettingsSection): void }) {
  const { t } = useTranslation();
  const backend = useConnection((s) => s.status.state);
  const transport = useConnection((s) => s.transport);
  const obsState = useObs((s) => s.status?.state);
  // What the backend said about OBS is stale once the backend itself is gone: say "unknown".
  const obs = backend === 'connected' && obsState ? obsState : 'unknown';

  return (
    <footer className="status-bar">
      <span
        className="status-item"
        data-testid="status-backend"
        data-state={backend}
        role="status"
        title={`${t(`status.backend.sentence.${backend}`)} ${t(`status.transport.${transport}`)}`}
      >
        <span className={`status-dot status-dot--${backend}`} aria-hidden="true" />
        {t('status.backend.label')}
        {t('punctuation.colon')}
        {t(`status.backend.${backend}`)}
      </span>
      <span className="status-item" data-testid="status-obs" data-state={obs} role="status" title={t(`obs.sentence.${obs}`)}>
        <span className={`status-dot status-dot--obs status-dot--tone-${obsTone(obs)}`} data-tone={obsTone(obs)} aria-hidden="true" />
        {t('status.obs.label')}
        {t('punctuation.colon')}
        {t(`obs.short.${obs}`)}
      </span>
      <SyncStatusItem onOpen={() => onOpenSettings('headOffice')} />
      <span className="status-bar__spacer" />
      <button type="button" className="button button--quiet" data-testid="status-about" onClick={() => onOpenSettings('about')}>
        {t('status.about')}
      </button>
    </footer>
  );
}
