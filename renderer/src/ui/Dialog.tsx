import { type ReactNode, useId } from 'react';
import { useModalDialog } from './useModalDialog';
import './dialog.css';

interface DialogProps {
  title: string;
  /** Esc and the backdrop's cancel call this; the caller decides (a dialog that is busy may ignore it). */
  onCancel(): void;
  children: ReactNode;
  /** The buttons, right-aligned under the text. */
  actions: ReactNode;
  tone?: 'normal' | 'danger';
  testId?: string;
}

/** A centred modal question on the native <dialog>: focus stays inside, the page behind is inert. Rendered only while open. */
export function Dialog({ title, onCancel, children, actions, tone = 'normal', testId }: DialogProps) {
  const ref = useModalDialog(onCancel);
  const titleId = useId();

  return (
    <dialog ref={ref} className={`dialog dialog--${tone}`} aria-labelledby={titleId} data-testid={testId}>
      <h2 className="dialog__title" id={titleId}>
        {title}
      </h2>
      <div className="dialog__body">{children}</div>
      <div className="dialog__actions">{actions}</div>
    </dialog>
  );
}

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  cancelLabel: string;
  confirmLabel: string;
  onCancel(): void;
  onConfirm(): void;
  /** `<testId>-dialog`, `<testId>-cancel`, `<testId>-confirm`. */
  testId: string;
  tone?: 'normal' | 'danger';
}

/** A yes/no question before something that cannot be taken back: Cancel (and Esc) first, the act in red. */
export function ConfirmDialog({ title, children, cancelLabel, confirmLabel, onCancel, onConfirm, testId, tone }: ConfirmDialogProps) {
  return (
    <Dialog
      title={title}
      tone={tone ?? 'normal'}
      testId={`${testId}-dialog`}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button" data-testid={`${testId}-cancel`} onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="button" className="button button--danger-solid" data-testid={`${testId}-confirm`} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
