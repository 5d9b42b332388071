import { useTranslation } from 'react-i18next';
import type { StoreApi } from 'zustand/vanilla';
import type { RemoteDevice } from '../../../../shared/domain/remote/remoteDevice';
import { formatRelative } from '../../format/relativeTime';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { useNow } from '../../ui/useNow';
import type { RemoteSettingsState } from './remoteStore';

/** Devices that asked to pair: the associate checks the name (and address) the phone shows, then 确认 or 拒绝. */
export function PendingDevices({ devices, store }: { devices: RemoteDevice[]; store: StoreApi<RemoteSettingsState> }) {
  const { t } = useTranslation();
  if (devices.length === 0) return null;
  return (
    <div className="remote-pending" data-testid="remote-pending">
      <h3 className="field__label">{t('remote.pending.title')}</h3>
      <ul className="remote-list">
        {devices.map((d) => (
          <li key={d.id} className="remote-device remote-device--pending" data-testid="remote-pending-device" data-device={d.id}>
            <span className="remote-device__name">{d.name}</span>
            <span className="muted">
              {t(`remote.devices.role.${d.role}`)}
              {d.address && ` · ${t('remote.pending.from', { address: d.address })}`}
            </span>
            <span className="remote-device__actions">
              <button
                type="button"
                className="button button--primary"
                data-testid="remote-confirm"
                onClick={() => void store.getState().confirm(d.id, true)}
              >
                {t('remote.pending.confirm')}
              </button>
              <button
                type="button"
                className="button"
                data-testid="remote-decline"
                onClick={() => void store.getState().confirm(d.id, false)}
              >
                {t('remote.pending.decline')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The paired devices: name, role, whether it is connected, when it was last seen, and 停用 (with a question). */
export function PairedDevices({ devices, store }: { devices: RemoteDevice[]; store: StoreApi<RemoteSettingsState> }) {
  const { t, i18n } = useTranslation();
  const now = useNow(devices.length > 0, 30_000);
  return (
    <div className="remote-paired">
      <h3 className="field__label">{t('remote.devices.title')}</h3>
      {devices.length === 0 ? (
        <p className="muted" data-testid="remote-no-devices">
          {t('remote.devices.none')}
        </p>
      ) : (
        <ul className="remote-list" data-testid="remote-devices">
          {devices.map((d) => (
            <li key={d.id} className="remote-device" data-testid="remote-device" data-device={d.id} data-connected={d.connected}>
              <span className={`remote-dot${d.connected ? ' remote-dot--on' : ''}`} aria-hidden="true" />
              <span className="remote-device__name">{d.name}</span>
              <span className="remote-device__role">{t(`remote.devices.role.${d.role}`)}</span>
              <span className="muted remote-device__seen">
                {d.connected
                  ? t('remote.devices.connected')
                  : d.lastSeenAt === null
                    ? t('remote.devices.never')
                    : t('remote.devices.lastSeen', { when: formatRelative(d.lastSeenAt, now, i18n.language) })}
              </span>
              <span className="remote-device__actions">
                <ConfirmButton
                  label={t('remote.devices.revoke')}
                  question={t('remote.devices.revokeQuestion', { name: d.name })}
                  yes={t('remote.devices.revokeYes')}
                  no={t('remote.devices.revokeNo')}
                  testId="remote-revoke"
                  onConfirm={() => void store.getState().revoke(d.id)}
                />
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
