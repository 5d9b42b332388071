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
