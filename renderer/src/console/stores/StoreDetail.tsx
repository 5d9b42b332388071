import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleDevice, ConsoleStore } from '../../../../shared/api/hub/hubConsole';
import { formatRelative } from '../../format/relativeTime';
import { useDateTime } from '../../format/useDateTime';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { type Column, DataTable } from '../../ui/DataTable';
import { count } from '../format/consoleFormat';
import { problemText } from '../shell/problemText';

interface StoreDetailProps {
  store: ConsoleStore;
  hubTime: number;
  canManage: boolean;
  onClose(): void;
  onEnroll(): void;
  onRevoke(deviceId: string): Promise<unknown>;
}

/** A selected store's PCs: version, last seen, what waits to upload; producers revoke a PC here. */
export function StoreDetail({ store, hubTime, canManage, onClose, onEnroll, onRevoke }: StoreDetailProps) {
  const { t, i18n } = useTranslation();
  const dateTime = useDateTime();
  const [error, setError] = useState<string | null>(null);
  const revoke = (device: ConsoleDevice) => {
    setError(null);
    onRevoke(device.deviceId).catch((e: unknown) =>
      setError(t('console.detail.revokeFailed', { message: problemText(t, e, { once: true }) })),
    );
  };
  const columns: Column<ConsoleDevice>[] = [
    { key: 'name', header: t('console.detail.device'), rowHeader: true, cell: (d) => d.name },
    { key: 'version', header: t('console.detail.version'), cell: (d) => `v${d.appVersion}` },
    { key: 'enrolled', header: t('console.detail.enrolled'), cell: (d) => dateTime(d.enrolledAt) },
    {
      key: 'lastSeen',
      header: t('console.detail.lastSeen'),
      cell: (d) => (d.lastSeenAt === null ? t('console.stores.never') : formatRelative(d.lastSeenAt, hubTime, i18n.language)),
    },
    {
      key: 'waiting',
      header: t('console.detail.waiting'),
      numeric: true,
      cell: (d) => (d.eventsWaiting === null ? t('console.stores.waitingUnknown') : count(d.eventsWaiting)),
    },
    {
      key: 'state',
      header: t('console.detail.state'),
      wrap: true,
      cell: (d) => (
        <span className="console-stack">
          <span>{d.revokedAt === null ? t('console.detail.active') : t('console.detail.revoked', { when: dateTime(d.revokedAt) })}</span>
          {d.clockFlagged && <span className="console-warn">{t('console.detail.clockFlagged')}</span>}
        </span>
      ),
    },
  ];
  if (canManage) {
    columns.push({
      key: 'revoke',
      header: <span className="visually-hidden">{t('console.detail.revoke')}</span>,
      cell: (d) =>
        d.revokedAt === null ? (
          <ConfirmButton
            label={t('console.detail.revoke')}
            question={t('console.detail.revokeQuestion')}
            yes={t('console.detail.revokeYes')}
            no={t('console.detail.revokeNo')}
            onConfirm={() => revoke(d)}
            testId="device-revoke"
          />
        ) : null,
    });
  }
  return (
    <section className="console-panel" aria-labelledby="store-detail-title" data-testid="store-detail" data-store-code={store.code}>
      <div className="console-page__head">
        <h2 id="store-detail-title">{t('console.detail.title', { name: store.name, code: store.code })}</h2>
        <div className="console-actions">
          {canManage && (
            <button type="button" className="button" onClick={onEnroll} data-testid="store-detail-enroll">
              {t('console.stores.enroll')}
            </button>
          )}
          <button type="button" className="button button--quiet" onClick={onClose} data-testid="store-detail-close">
            {t('console.detail.close')}
          </button>
        </div>
      </div>
      <h3 className="console-panel__sub">{t('console.detail.devices')}</h3>
      {canManage && store.devices.some((d) => d.revokedAt === null) && (
        <p className="muted console-small">{t('console.detail.revokeHint')}</p>
      )}
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {store.devices.length === 0 ? (
        <p className="muted">{t('console.detail.noDevices')}</p>
      ) : (
        <DataTable
          columns={columns}
          rows={store.devices}
          rowKey={(d) => d.deviceId}
          rowAttributes={(d) => ({
            'data-testid': 'device-row',
            'data-device-id': d.deviceId,
            'data-revoked': String(d.revokedAt !== null),
          })}
          label={t('console.detail.devices')}
        />
      )}
    </section>
  );
}
