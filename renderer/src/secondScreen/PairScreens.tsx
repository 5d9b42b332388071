import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { PairResponse } from '../../../shared/domain/remote/remoteDevice';
import { deviceKind } from './deviceName';
import type { PairingState, PairingStep } from './pairing';

/** Opened from the QR code: a name for this phone (prefilled from what it is), then the pairing request. */
function NameForm({ at, pairing }: { at: Extract<PairingStep, { step: 'naming' }>; pairing: StoreApi<PairingState> }) {
  const { t } = useTranslation();
  const [name, setName] = useState(() => t(`phone.pair.defaultName.${deviceKind(navigator.userAgent, navigator.maxTouchPoints)}`));
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      className="phone-card phone-pair"
      data-testid="phone-pair-form"
      onSubmit={(e) => {
        e.preventDefault();
        const trimmed = name.trim();
        const bad = trimmed.length === 0 || trimmed.length > 40;
        setInvalid(bad);
        if (!bad) void pairing.getState().pair(trimmed);
      }}
    >
      <h1 className="phone-pair__title">{t('phone.pair.title')}</h1>
      <p className="muted">{t('phone.pair.intro')}</p>
      <label className="phone-pair__field" htmlFor="phone-device-name">
        <span className="phone-label">{t('phone.pair.name')}</span>
        <input
          id="phone-device-name"
          className="phone-input"
          data-testid="phone-device-name"
          value={name}
          maxLength={40}
          autoComplete="off"
          aria-invalid={invalid}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      {invalid && (
        <p className="phone-error" role="alert">
          {t('phone.pair.nameInvalid')}
        </p>
      )}
      {at.failure && (
        <p className="phone-error" role="alert" data-testid="phone-pair-failure" data-failure={at.failure}>
          {t(`phone.pair.failure.${at.failure}`)}
          {at.detail && <span className="phone-error__detail"> ({at.detail})</span>}
        </p>
      )}
      <button
        type="submit"
        className="phone-button phone-button--primary phone-pair__submit"
        data-testid="phone-pair-submit"
        disabled={at.sending}
      >
        {at.sending ? t('phone.pair.sending') : t('phone.pair.submit')}
      </button>
    </form>
  );
}

/** Paired, not confirmed yet: the PC shows this phone's name with 确认 / 拒绝. */
function Waiting({ at }: { at: Extract<PairingStep, { step: 'waiting' }> }) {
  const { t } = useTranslation();
  return (
    <section className="phone-card phone-message" data-testid="phone-waiting" aria-live="polite">
      <span className="phone-spinner" aria-hidden="true" />
      <h1 className="phone-message__title">{t('phone.waiting.title')}</h1>
      <p>{t('phone.waiting.hint', { name: at.device.name })}</p>
      {at.unreachable && <p className="phone-error">{t('phone.waiting.unreachable')}</p>}
    </section>
  );
}

/** Not paired (any more): what happened, and how to pair. */
function PairAgain({ step }: { step: 'unpaired' | 'declined' | 'revoked' }) {
  const { t } = useTranslation();
  const title = step === 'unpaired' ? t('phone.unpaired') : step === 'declined' ? t('phone.declined') : t('phone.revoked');
  return (
    <section className="phone-card phone-message" data-testid={`phone-${step}`} role={step === 'unpaired' ? undefined : 'alert'}>
      <h1 className="phone-message__title">{title}</h1>
      <p>{t('phone.howToPair')}</p>
    </section>
  );
}

/** The pairing screens until this device is paired, then `children` with its device (token, role, name). */
export function PairingGate({ pairing, children }: { pairing: StoreApi<PairingState>; children(device: PairResponse): ReactNode }) {
  const at = useStore(pairing, (s) => s.current);
  if (at.step === 'paired') return children(at.device);
  return (
    <div className="pairing" data-step={at.step}>
      {at.step === 'naming' ? (
        <NameForm at={at} pairing={pairing} />
      ) : at.step === 'waiting' ? (
        <Waiting at={at} />
      ) : (
        <PairAgain step={at.step} />
      )}
    </div>
  );
}
