import type { i18n } from 'i18next';
import { type ReactNode, useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { PRESENTER_PAGE_PATH } from '../../../shared/api/wire';
import type { PairResponse } from '../../../shared/domain/remote/remoteDevice';
import { isLive } from '../features/live/revision';
import { useLocaleSync } from '../i18n/useLocaleSync';
import { createLiveFeed } from '../secondScreen/liveFeedStore';
import { createTokenClient } from '../secondScreen/tokenClient';
import { useConnectionStatus } from '../secondScreen/useConnectionStatus';
import { useServerNow } from '../secondScreen/useServerNow';
import { ControlPanel } from './ControlPanel';
import { NoticeBar } from './NoticeBar';
import { NowNextCard } from './NowNextCard';
import { NameForm, PairAgain, Waiting } from './PairScreens';
import type { PairingState } from './pairing';
import { createPhoneStore } from './phoneStore';

/** The phone remote: pairing first (or the kept token), then the show. */
export function RemoteApp({ pairing, i18n }: { pairing: StoreApi<PairingState>; i18n: i18n }) {
  const at = useStore(pairing, (s) => s.current);
  let body: ReactNode;
  if (at.step === 'naming') body = <NameForm at={at} pairing={pairing} />;
  else if (at.step === 'waiting') body = <Waiting at={at} />;
  else if (at.step === 'paired') body = <PairedRemote key={at.device.token} device={at.device} pairing={pairing} i18n={i18n} />;
  else body = <PairAgain step={at.step} />;
  return (
    <I18nextProvider i18n={i18n}>
      <main className="phone" data-step={at.step}>
        {body}
      </main>
    </I18nextProvider>
  );
}

type Wired = ReturnType<typeof wire>;

function wire(token: string) {
  const client = createTokenClient(window, token);
  const feed = createLiveFeed(client);
  return { client, feed, phone: createPhoneStore(client, feed) };
}

/** Connects with the device's token for as long as it is shown. */
function PairedRemote(props: { device: PairResponse; pairing: StoreApi<PairingState>; i18n: i18n }) {
  const [wired, setWired] = useState<Wired | null>(null);
  const { token } = props.device;
  useEffect(() => {
    const w = wire(token);
    setWired(w);
    return () => {
      w.feed.dispose();
      w.client.close();
    };
  }, [token]);
  return wired ? <ConnectedRemote {...props} wired={wired} /> : null;
}

/** A paired phone, connected with its own token; the show as its role allows. */
function ConnectedRemote({
  device,
  pairing,
  i18n,
  wired,
}: {
  device: PairResponse;
  pairing: StoreApi<PairingState>;
  i18n: i18n;
  wired: Wired;
}) {
  const { t } = useTranslation();
  const { client, feed, phone } = wired;
  const status = useConnectionStatus(client);
  const view = useStore(feed.store, (s) => s.view);
  const language = useStore(feed.store, (s) => s.settings?.language);
  useLocaleSync(i18n, language);
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
