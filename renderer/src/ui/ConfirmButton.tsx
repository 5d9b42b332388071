import { useEffect, useRef, useState } from 'react';

interface ConfirmButtonProps {
  label: string;
  /** Question shown once armed. */
  question: string;
  yes: string;
  no: string;
  onConfirm(): void;
  disabled?: boolean;
  /** Why it is disabled (a tooltip), when the reason is not plain from the screen. */
  title?: string | undefined;
  testId?: string;
  className?: string;
  /** Arms it from outside (the Delete key on a row); changes to a new number each time. */
  armRequest?: number;
}

/** A destructive button that asks inline before acting: no modal, keyboard-first (Escape or "no" backs out). */
export function ConfirmButton({
  label,
  question,
  yes,
  no,
  onConfirm,
  disabled,
  title,
  testId,
  className,
  armRequest = 0,
}: ConfirmButtonProps) {
  const [armed, setArmed] = useState(false);
  const yesRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (armRequest > 0) setArmed(true);
  }, [armRequest]);

  useEffect(() => {
    if (armed) yesRef.current?.focus();
  }, [armed]);

  const disarm = () => {
    setArmed(false);
    // Give focus back to where it was, for the next key press.
    requestAnimationFrame(() => triggerRef.current?.focus());
  };

  if (!armed) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className={className ?? 'button button--quiet button--danger'}
        data-testid={testId}
        disabled={disabled}
        title={title}
        onClick={() => setArmed(true)}
      >
        {label}
      </button>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: an inline question, not a form group
    <span
      className="confirm"
      role="group"
      aria-label={question}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          disarm();
        }
      }}
    >
      <span className="confirm__question">{question}</span>
      <button
        ref={yesRef}
        type="button"
        className="button button--danger-solid"
        data-testid={testId ? `${testId}-confirm` : undefined}
        onClick={() => {
          setArmed(false);
          onConfirm();
        }}
      >
        {yes}
      </button>
      <button type="button" className="button button--quiet" onClick={disarm}>
        {no}
      </button>
    </span>
  );
}
