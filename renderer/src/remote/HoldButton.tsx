import { type CSSProperties, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';

interface HoldButtonProps {
  /** How long it must be held. */
  holdMs: number;
  onHeld(): void;
  disabled?: boolean;
  className: string;
  testId: string;
  describedBy?: string;
  children(holding: boolean): ReactNode;
}

/**
 * A button that acts only when held (a fill shows the hold; letting go early does nothing): PANIC on a phone in a
 * pocket or a hand must never go off with a tap. Touch, mouse and pen alike (pointer events); the keyboard holds
 * Enter or Space. The long-press menu of a touch screen is suppressed.
 */
export function HoldButton({ holdMs, onHeld, disabled, className, testId, describedBy, children }: HoldButtonProps) {
  const [holding, setHolding] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onHeldRef = useRef(onHeld);
  onHeldRef.current = onHeld;

  const cancel = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    setHolding(false);
  }, []);

  const start = useCallback(() => {
    if (timer.current !== null || disabled) return;
    setHolding(true);
    timer.current = setTimeout(() => {
      timer.current = null;
      setHolding(false);
      onHeldRef.current();
    }, holdMs);
  }, [disabled, holdMs]);

  useEffect(() => cancel, [cancel]);

  return (
    <button
      type="button"
      className={className}
      data-testid={testId}
      data-holding={holding}
      disabled={disabled}
      aria-describedby={describedBy}
      style={{ '--hold-ms': `${holdMs}ms` } as CSSProperties}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        // Keep receiving this pointer's events even if the finger slides a little.
        e.currentTarget.setPointerCapture?.(e.pointerId);
        start();
      }}
      onPointerUp={cancel}
      onPointerCancel={cancel}
      onLostPointerCapture={cancel}
      onContextMenu={(e) => e.preventDefault()}
      onKeyDown={(e) => {
        if ((e.key === 'Enter' || e.key === ' ') && !e.repeat) {
          e.preventDefault();
          start();
        }
      }}
      onKeyUp={(e) => {
        if (e.key === 'Enter' || e.key === ' ') cancel();
      }}
      onBlur={cancel}
    >
      <span className="hold__fill" aria-hidden="true" />
      <span className="hold__label">{children(holding)}</span>
    </button>
  );
}
