import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { StoreNotice } from '../../../shared/domain/storeStatus';
import { useStoreStatus } from '../state/AppStateContext';

/**
 * Tells the operator what happened to the database at start-up (a restore from backup, a damaged
 * file set aside, an upgrade) in plain words, with the file paths support will ask for.
 */
// A stable empty list: a selector returning a fresh [] would re-render forever.
const NO_NOTICES: readonly StoreNotice[] = [];

export function DatabaseNoticeBanner() {
  const { t, i18n } = useTranslation();
  const notices = useStoreStatus((s) => s.status?.notices ?? NO_NOTICES);
  const dismissed = useStoreStatus((s) => s.dismissed);
  const dismiss = useStoreStatus((s) => s.dismiss);
  const unread = notices.slice(dismissed);
  if (unread.length === 0) return null;
  const severe = unread.some((n) => n.kind !== 'migrated');
  return (
    <div className={`banner ${severe ? 'banner--error' : 'banner--info'}`} role={severe ? 'alert' : 'status'} data-testid="database-notice">
      {unread.map((notice) => (
        <p key={`${notice.kind}-${'damagedFile' in notice ? notice.damagedFile : notice.backupFile}`} data-kind={notice.kind}>
          {describe(notice, t, i18n.language)}
        </p>
      ))}
      <button type="button" className="button" onClick={dismiss}>
        {t('database.dismiss')}
      </button>
    </div>
  );
}

function describe(notice: StoreNotice, t: TFunction, language: string): string {
  switch (notice.kind) {
    case 'restored_from_backup':
      return t('database.restoredFromBackup', {
        takenAt: new Date(notice.backupTakenAt).toLocaleString(language),
        damagedFile: notice.damagedFile,
      });
    case 'damaged_started_empty':
      return t('database.damagedStartedEmpty', { damagedFile: notice.damagedFile });
    case 'migrated':
      return t('database.migrated', { backupFile: notice.backupFile });
  }
}
