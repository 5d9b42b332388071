import { useTranslation } from 'react-i18next';
import { syncBarItem, syncStateSentence } from '../format/syncView';
import { useConnection, useSync } from '../state/AppStateContext';

/** The link to head office at a glance; absent for a store with no hub. Opens Settings → 总部同步. */
export function SyncStatusItem({ onOpen }: { onOpen(): void }) {
  const { t } = useTranslation();
  const status = useSync((s) => s.status);
  const backend = useConnection((s) => s.status.state);
  // What the backend said is stale once it is gone; the backend's own item says so.
  const item = backend === 'connected' ? syncBarItem(status) : null;
  if (!item || !status) return null;
  const text = t(`headOffice.bar.${item.state}`, { count: item.count });
  const sentence = syncStateSentence(status, t);
  return (
    <button
      type="button"
      className="status-item status-item--button"
      data-testid="status-sync"
      data-state={item.state}
      aria-label={`${t('headOffice.bar.label')}${t('punctuation.colon')}${sentence}. ${t('headOffice.bar.open')}`}
      title={`${sentence} · ${t('headOffice.bar.open')}`}
      onClick={onOpen}
    >
      <span className={`status-dot status-dot--sync-${item.tone}`} aria-hidden="true" />
      {t('headOffice.bar.label')}
      {t('punctuation.colon')}
      {text}
    </button>
  );
}
