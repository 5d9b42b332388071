import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { SessionView } from '../../../shared/domain/session/sessionView';
import { HoldButton } from './HoldButton';
import type { PhoneState } from './phoneStore';
import { SalePad } from './SalePad';
import { standbyStep } from './standbyStep';

/** The one-hand counters: the interactions an associate sees in the comments and taps off. */
const COUNTERS = ['likes', 'newFollowers', 'fanClubJoins'] as const;
/** A hold this long fires PANIC (a tap does nothing). */
const PHONE_PANIC_HOLD_MS = 1000;

/** A control phone: GO with the standby cue's name, standby up/down, the counters, 成交 and PANIC by hold. */
export function ControlPanel({ view, phone }: { view: SessionView; phone: StoreApi<PhoneState> }) {
  const { t } = useTranslation();
  const { state } = view;
  const sending = useStore(phone, (s) => s.sending);
  const standby = state.cues.find((c) => c.id === state.standbyId) ?? null;
  const busy = sending !== null;

  return (
    <>
      <div className="phone-go-row">
        <button
          type="button"
          className="phone-go"
          data-testid="phone-go"
          data-standby={standby?.id ?? ''}
          disabled={standby === null || busy}
          onClick={() => void phone.getState().go()}
        >
          <span className="phone-go__label">GO</span>
          <span className="phone-go__cue">{standby ? standby.title : t('phone.goNone')}</span>
        </button>
        <div className="phone-standby">
          <button
            type="button"
            className="phone-button phone-standby__button"
            data-testid="phone-standby-up"
            aria-label={t('phone.standbyUp')}
            disabled={busy || standbyStep(state, -1) === null}
            onClick={() => void phone.getState().moveStandby(-1)}
          >
            ▲
          </button>
          <button
            type="button"
            className="phone-button phone-standby__button"
            data-testid="phone-standby-down"
            aria-label={t('phone.standbyDown')}
            disabled={busy || standbyStep(state, 1) === null}
            onClick={() => void phone.getState().moveStandby(1)}
          >
            ▼
          </button>
        </div>
      </div>

      <section className="phone-card" aria-labelledby="phone-counters-title">
        <h2 id="phone-counters-title" className="phone-card__title">
          {t('phone.counters')}
        </h2>
        <div className="phone-counters">
          {COUNTERS.map((counter) => {
            const name = t(`live.counters.${counter}`);
            return (
              <button
                key={counter}
                type="button"
                className="phone-button phone-counter"
                data-testid={`phone-counter-${counter}`}
                aria-label={t('phone.counterTap', { name })}
                disabled={busy}
                onClick={() => void phone.getState().bump(counter)}
              >
                <span className="phone-counter__name">{name}</span>
                <strong className="phone-counter__value" data-testid={`phone-counter-value-${counter}`}>
                  {state.counters[counter].toLocaleString()}
                </strong>
                <span className="phone-counter__plus" aria-hidden="true">
                  +1
                </span>
              </button>
            );
          })}
        </div>
      </section>

      <SalePad state={state} phone={phone} sessionId={view.sessionId} />

      <div className="phone-panic-wrap">
        <HoldButton
          holdMs={PHONE_PANIC_HOLD_MS}
          onHeld={() => void phone.getState().panic()}
          className="phone-panic"
          testId="phone-panic"
          describedBy="phone-panic-hint"
        >
          {(holding) => (holding ? t('phone.panicHolding') : t('phone.panic'))}
        </HoldButton>
        <p id="phone-panic-hint" className="phone-panic__hint">
          {t('phone.panicHint')}
        </p>
      </div>
    </>
  );
}
