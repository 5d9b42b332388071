import type { i18n } from 'i18next';
import { useEffect, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { PRESENTER_PAGE_PATH } from '../../../shared/api/wire';
import type { PairResponse } from '../../../shared/domain/remote/remoteDevice';
import { isLive } from '../features/live/revision';
import { useLocaleSync } from '../i18n/useLocaleSync';
import { PairingGate } from '../secondScreen/PairScreens';
import type { PairingState } from '../secondScreen/pairing';
import { useConnectionStatus } from '../secondScreen/useConnectionStatus';
import { useServerNow } from '../secondScreen/useServerNow';
import { type Connected, useTokenClient } from '../secondScreen/useTokenClient';
import { ControlPanel } from './ControlPanel';
import { NoticeBar } from './NoticeBar';
import { NowNextCard } from './NowNextCard';
import { createPhoneStore } from './phoneStore';

/** The phone remote: pairing first (or the kept token), then the show. */
export function RemoteApp({ pairing, i18n }: { pairing: StoreApi<PairingState>; i18n: i18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <main className="phone">
        <PairingGate pairing={pairing}>
          {(device) => <PairedRemote key={device.token} device={device} pairing={pairing} i18n={i18n} />}
        </PairingGate>
      </main>
    </I18nextProvider>
  );
}

interface PairedProps {
  device: PairResponse;
  pairing: StoreApi<PairingState>;
  i18n: i18n;
}

function PairedRemote(props: PairedProps) {
  const connected = useTokenClient(props.device.token);
  return connected ? <ConnectedRemote {...props} connected={connected} /> : null;
}

/** A paired phone, connected with its own token; the show as its role allows. */
function ConnectedRemote({ device, pairing, i18n, connected: { client, feed } }: PairedProps & { connected: Connected }) {
  const { t } = useTranslation();
  const phone = useMemo(() => createPhoneStore(client, feed), [client, feed]);
  const status = useConnectionStatus(client);
  const view = useStore(feed.store, (s) => s.view);
  useLocaleSync(
    i18n,
    useStore(feed.store, (s) => s.settings?.language),
  );
  const serverNow = useServerNow(feed.store, isLive(view));

  // The PC no longer takes this token (the transport asked it): stopped on the PC.
  useEffect(() => {
    if (status.state === 'unauthorized') pairing.getState().revoked();
  }, [status.state, pairing]);

  return (
    <>
      <header className="phone-header">
        <div className="phone-header__show">
          <strong className="phone-header__name">{isLive(view) ? view.state.showName : t('phone.title')}</strong>
          <span className="phone-header__device">
            {device.name} · {t(`phone.role.${device.role}`)}
          </span>
        </div>
        <span className={`phone-connection phone-connection--${status.state}`} data-testid="phone-connection" data-state={status.state}>
          <span className="phone-connection__dot" aria-hidden="true" />
          {t(`phone.connection.${status.state}`)}
        </span>
      </header>
      {device.role === 'control' && <NoticeBar phone={phone} />}
      {!isLive(view) ? (
        <p className="phone-card phone-message" data-testid="phone-no-session">
          {view ? t('phone.showEnded') : t('phone.noSession')}
        </p>
      ) : (
        <>
          <NowNextCard state={view.state} serverNow={serverNow} />
          {device.role === 'control' ? (
            <ControlPanel view={view} phone={phone} />
          ) : (
            <p className="phone-view-only muted" data-testid="phone-view-only">
              {t('phone.viewOnly')}
            </p>
          )}
        </>
      )}
      <a className="phone-prompter-link" href={PRESENTER_PAGE_PATH} data-testid="phone-prompter-link">
        {t('phone.prompter')}
      </a>
    </>
  );
}
