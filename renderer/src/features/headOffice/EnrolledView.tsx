import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/domain/sync/syncStatus';
import { formatRelative } from '../../format/relativeTime';
import { syncErrorText } from '../../format/syncErrors';
import { clockSkewMinutes, syncStateSentence } from '../../format/syncView';
import { useDateTime } from '../../format/useDateTime';
import { useAppState, useConnection, useSync } from '../../state/AppStateContext';
import { ConfirmDialog } from '../../ui/Dialog';
import { useNow } from '../../ui/useNow';
import { Facts } from './Facts';

type Enrolled = SyncStatus & { store: NonNullable<SyncStatus['store']> };

/** Enrolled: which store this PC is, the state in plain words, what is waiting; sync now, leave. */
export function EnrolledView({ status }: { status: Enrolled }) {
  const { t, i18n } = useTranslation();
  const { client } = useAppState();
  const connected = useConnection((s) => s.status.state === 'connected');
  const setStatus = useSync((s) => s.setStatus);
  const dateTime = useDateTime();
  // The relative "last sync" only needs to move on by the minute.
  const now = useNow(true, 30_000);
  const [busy, setBusy] = useState<'sync' | 'leave' | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { store } = status;
  const skewMinutes = clockSkewMinutes(status.clockSkewMs);

  const act = async (which: 'sync' | 'leave', method: 'sync.now' | 'sync.leave') => {
    setBusy(which);
    setError(null);
    try {
      setStatus(await client.call(method, {}));
    } catch (e) {
      setError(t('headOffice.enrolled.failed', { message: syncErrorText(e, t).text }));
    } finally {
      setBusy(null);
    }
  };

  const stateText = syncStateSentence(status, t);
  const none = t('headOffice.enrolled.none');
  const rows: [label: string, value: string, testId: string][] = [
    [t('headOffice.enrolled.store'), t('headOffice.enrolled.storeValue', { name: store.name, code: store.code }), 'hub-store'],
    [t('headOffice.enrolled.region'), store.region || none, 'hub-region'],
    [t('headOffice.enrolled.group'), store.group || none, 'hub-group'],
    [t('headOffice.enrolled.hubUrl'), status.hubUrl ?? none, 'hub-url'],
    [t('headOffice.enrolled.deviceName'), status.deviceName ?? none, 'hub-device'],
    [
      t('headOffice.enrolled.lastSync'),
      status.lastSyncAt === null
        ? t('headOffice.enrolled.never')
        : t('headOffice.enrolled.lastSyncValue', {
            relative: formatRelative(status.lastSyncAt, now, i18n.language),
            absolute: dateTime(status.lastSyncAt),
          }),
      'hub-last-sync',
    ],
    [t('headOffice.enrolled.pending'), String(status.pendingEvents), 'hub-pending'],
    [t('headOffice.enrolled.publications'), t('headOffice.enrolled.publicationsValue', status.publications), 'hub-publications'],
  ];

  return (
    <div className="hub-enrolled" data-testid="hub-enrolled">
      <p className={`hub-state hub-state--${status.state}`} role="status" data-testid="hub-state" data-state={status.state}>
        <span className="hub-state__dot" aria-hidden="true" />
        {stateText}
      </p>
      {status.lastError?.detail && status.state !== 'synced' && (
        <p className="muted hub-state__detail">{t('headOffice.enrolled.detail', { detail: status.lastError.detail })}</p>
      )}
      {skewMinutes !== null && (
        <p className="notice notice--warn" role="alert" data-testid="hub-clock-warning">
          {t('headOffice.enrolled.clock', { minutes: skewMinutes })}
        </p>
      )}
      <Facts rows={rows} />
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <div className="hub-form__actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="hub-sync-now"
          disabled={!connected || busy !== null || status.state === 'revoked'}
          onClick={() => void act('sync', 'sync.now')}
        >
          {busy === 'sync' ? t('headOffice.enrolled.syncing') : t('headOffice.enrolled.syncNow')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="hub-leave"
          disabled={!connected || busy !== null}
          onClick={() => setLeaving(true)}
        >
          {t('headOffice.enrolled.leave')}
        </button>
      </div>
      {leaving && (
        <ConfirmDialog
          title={t('headOffice.enrolled.leaveTitle')}
          testId="hub-leave"
          cancelLabel={t('headOffice.enrolled.leaveCancel')}
          confirmLabel={t('headOffice.enrolled.leaveConfirm')}
          onCancel={() => setLeaving(false)}
          onConfirm={() => {
            setLeaving(false);
            void act('leave', 'sync.leave');
          }}
        >
          <p>{t('headOffice.enrolled.leaveBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
