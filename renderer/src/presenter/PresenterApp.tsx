import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { StoreApi } from 'zustand/vanilla';
import { PairingGate } from '../secondScreen/PairScreens';
import type { PairingState } from '../secondScreen/pairing';
import { useTokenClient } from '../secondScreen/useTokenClient';
import { PresenterScreen } from './PresenterPage';

/** The presenter page with the token of its URL, or paired like a phone (a tablet in front of the host). */
export function PresenterApp({ i18n, urlToken, pairing }: { i18n: i18n; urlToken: string | null; pairing: StoreApi<PairingState> | null }) {
  return (
    <I18nextProvider i18n={i18n}>
      {pairing === null ? (
        <Connected token={urlToken ?? ''} i18n={i18n} onRefused={null} />
      ) : (
        <PairingGate pairing={pairing}>
          {(device) => <Connected key={device.token} token={device.token} i18n={i18n} onRefused={() => pairing.getState().revoked()} />}
        </PairingGate>
      )}
    </I18nextProvider>
  );
}

function Connected({ token, i18n, onRefused }: { token: string; i18n: i18n; onRefused: (() => void) | null }) {
  const connected = useTokenClient(token);
  return connected ? <PresenterScreen client={connected.client} feed={connected.feed} i18n={i18n} onRefused={onRefused} /> : null;
}
