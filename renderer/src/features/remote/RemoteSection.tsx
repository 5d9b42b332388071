import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { PairingOffer, RemoteInfo, RemoteRole } from '../../../../shared/domain/remote/remoteDevice';
import { useAppState } from '../../state/AppStateContext';
import { PresenterButton } from '../../ui/PresenterButton';
import { useNow } from '../../ui/useNow';
import { PairedDevices, PendingDevices } from './DeviceLists';
import { QrCode } from './QrCode';
import { createRemoteSettingsStore, type RemoteSettingsState } from './remoteStore';
import './remote.css';

/** Settings → 遥控: let phones in (or how to), pair one by QR code, confirm it, see and stop the paired ones. */
export function RemoteSection() {
  const { t } = useTranslation();
  const { client } = useAppState();
  const bound = useMemo(() => createRemoteSettingsStore(client), [client]);
  useEffect(() => () => bound.dispose(), [bound]);
  const { status, error, actionError } = useStore(bound.store);

  return (
    <section className="panel remote-settings" aria-labelledby="settings-remote-title" data-testid="settings-remote">
      <h2 className="panel__title" id="settings-remote-title">
        {t('remote.title')}
      </h2>
      <p className="muted remote-settings__intro">{t('remote.intro')}</p>
      <p className="remote-presenter">
        <PresenterButton />
        <span className="muted">{t('remote.openPresenterHint')}</span>
      </p>
      {status === null ? (
        <p className="muted">{error ? t('remote.loadFailed', { message: error }) : t('remote.loading')}</p>
      ) : (
        <RemoteBody info={status} store={bound.store} />
      )}
      {actionError && (
        <p className="notice notice--error" role="alert" data-testid="remote-action-error">
          {t('remote.actionFailed', { message: actionError })}
        </p>
      )}
    </section>
  );
}

function RemoteBody({ info, store }: { info: RemoteInfo; store: StoreApi<RemoteSettingsState> }) {
  const { t } = useTranslation();
  const busy = useStore(store, (s) => s.busy);
  const pending = info.devices.filter((d) => d.status === 'pending');
  const paired = info.devices.filter((d) => d.status === 'active');
  return (
    <>
      {info.canToggle ? (
        <div>
          <label className="remote-switch">
            <input
              type="checkbox"
              data-testid="remote-enabled"
              checked={info.enabled}
              disabled={busy}
              onChange={(e) => void store.getState().setEnabled(e.target.checked)}
            />
            <span>{t('remote.enabled')}</span>
          </label>
          <p className="field__hint">{t('remote.enabledHint')}</p>
        </div>
      ) : (
        info.problem === null && <p className="field__hint">{t('remote.serveHint')}</p>
      )}
      {info.problem && (info.enabled || !info.canToggle) && (
        <p className="notice notice--warn" data-testid="remote-problem" data-problem={info.problem}>
          {t(`remote.problem.${info.problem}`)}
        </p>
      )}
      {info.listening && info.origin && (
        <p className="remote-address">
          <span className="field__label">{t('remote.address')}</span> <code data-testid="remote-origin">{info.origin}</code>
        </p>
      )}
      {info.listening && <PairPanel offer={info.offer} store={store} busy={busy} />}
      <PendingDevices devices={pending} store={store} />
      <PairedDevices devices={paired} store={store} />
    </>
  );
}

function PairPanel({ offer, store, busy }: { offer: PairingOffer | null; store: StoreApi<RemoteSettingsState>; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const [role, setRole] = useState<RemoteRole>('control');
  const now = useNow(offer !== null, 1000);
  const expired = offer !== null && now >= offer.expiresAt;
  return (
    <div className="remote-pair" data-testid="remote-pair">
      <h3 className="field__label">{t('remote.pair.title')}</h3>
      <fieldset className="remote-pair__roles">
        <legend className="field__hint">{t('remote.pair.role')}</legend>
        {(['control', 'view'] as const).map((r) => (
          <label key={r} className="remote-pair__role">
            <input
              type="radio"
              name="remote-role"
              value={r}
              data-testid={`remote-role-${r}`}
              checked={role === r}
              onChange={() => setRole(r)}
            />
            {t(`remote.pair.${r}`)}
          </label>
        ))}
      </fieldset>
      <div className="remote-pair__actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="remote-offer"
          disabled={busy}
          onClick={() => void store.getState().offer(role)}
        >
          {t('remote.pair.create')}
        </button>
        {offer && (
          <button
            type="button"
            className="button button--quiet"
            data-testid="remote-offer-cancel"
            onClick={() => void store.getState().cancelOffer()}
          >
            {t('remote.pair.cancel')}
          </button>
        )}
      </div>
      {offer &&
        (expired ? (
          <p className="notice notice--warn" data-testid="remote-offer-expired">
            {t('remote.pair.expired')}
          </p>
        ) : (
          <div className="remote-offer" data-testid="remote-offer-shown" data-role={offer.role}>
            <QrCode text={offer.url} alt={t('remote.pair.qrAlt', { role: t(`remote.devices.role.${offer.role}`) })} testId="remote-qr" />
            <div className="remote-offer__text">
              <p>{t('remote.pair.scan')}</p>
              <code className="remote-offer__url" data-testid="remote-offer-url">
                {offer.url}
              </code>
              <p className="muted">
                {t(`remote.devices.role.${offer.role}`)} ·{' '}
                {t('remote.pair.expires', {
                  time: new Date(offer.expiresAt).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' }),
                })}
              </p>
              <p className="muted">{t('remote.pair.sameNetwork')}</p>
            </div>
          </div>
        ))}
    </div>
  );
}
