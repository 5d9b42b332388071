import { type ReactNode, useEffect, useRef } from 'react';

interface Props {
  title: string;
  closeLabel: string;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  testId?: string;
}

/**
 * A modal side panel on the native <dialog>: focus stays inside, Esc asks to close (the caller
 * decides), the page behind is inert. Rendered only while open.
 */
export function Drawer({ title, closeLabel, onClose, children, footer, wide = false, testId }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog ref={ref} className={`drawer${wide ? ' drawer--wide' : ''}`} aria-labelledby="drawer-title" data-testid={testId}>
      <header className="drawer__header">
        <h2 className="drawer__title" id="drawer-title">
          {title}
        </h2>
        <button
          type="button"
          className="button button--quiet drawer__close"
          onClick={onClose}
          aria-label={closeLabel}
          title={`${closeLabel} (Esc)`}
        >
          ✕
        </button>
      </header>
      <div className="drawer__body">{children}</div>
      {footer && <footer className="drawer__footer">{footer}</footer>}
    </dialog>
  );
}
