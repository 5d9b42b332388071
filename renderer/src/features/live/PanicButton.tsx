import { type CSSProperties, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Holding this long fires PANIC without the second press. */
const PANIC_HOLD_MS = 800;
/** A first press stays armed this long, waiting for the confirming one. */
const ARMED_MS = 3000;

/**
 * PANIC: dangerous, so never one accidental press. Either press once and confirm (click again, or Enter — the
 * armed button takes focus), or hold it for PANIC_HOLD_MS (a fill shows the hold; letting go early cancels).
 * The keyboard does the same with Escape: hold it, or press it and then Enter.
 */
export function PanicButton({ onPanic }: { onPanic(): void }) {
  const { t } = useTranslation();
  const [armed, setArmed] = useState(false);
  const [holding, setHolding] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const holdTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The click that ends a completed hold must not arm the button again.
  const swallowClick = useRef(false);
  const onPanicRef = useRef(onPanic);
  onPanicRef.current = onPanic;

  const cancelHold = useCallback(() => {
    if (holdTimer.current !== null) clearTimeout(holdTimer.current);
    holdTimer.current = null;
    setHolding(false);
  }, []);

  const fire = useCallback(() => {
    cancelHold();
    setArmed(false);
    onPanicRef.current();
  }, [cancelHold]);

  const startHold = useCallback(
    (byPointer: boolean) => {
      if (holdTimer.current !== null) return;
      setHolding(true);
      holdTimer.current = setTimeout(() => {
        holdTimer.current = null;
        swallowClick.current = byPointer;
        fire();
      }, PANIC_HOLD_MS);
    },
    [fire],
  );

  useEffect(() => {
    if (!armed || holding) return;
    const timer = setTimeout(() => setArmed(false), ARMED_MS);
    return () => clearTimeout(timer);
  }, [armed, holding]);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || e.repeat) return;
      e.preventDefault();
      swallowClick.current = false;
      setArmed(true);
      button.current?.focus();
      startHold(false);
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === 'Escape') cancelHold();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      if (holdTimer.current !== null) clearTimeout(holdTimer.current);
    };
  }, [startHold, cancelHold]);

  return (
    <span className="live-panic-wrap">
      <button
        ref={button}
        type="button"
        className={`button live-panic${armed ? ' live-panic--armed' : ''}`}
        data-testid="live-panic"
        data-armed={armed}
        data-holding={holding}
        aria-describedby="live-panic-hint"
        style={{ '--hold-ms': `${PANIC_HOLD_MS}ms` } as CSSProperties}
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          swallowClick.current = false;
          startHold(true);
        }}
        onPointerUp={cancelHold}
        onPointerLeave={cancelHold}
        onPointerCancel={cancelHold}
        onClick={() => {
          if (swallowClick.current) {
            swallowClick.current = false;
            return;
          }
          if (armed) fire();
          else setArmed(true);
        }}
      >
        <span className="live-panic__fill" aria-hidden="true" />
        <span className="live-panic__label">{armed ? t('live.panicConfirm') : t('live.panic')}</span>
      </button>
      <span id="live-panic-hint" className="live-panic__hint">
        {t('live.panicHint')}
      </span>
    </span>
  );
}
