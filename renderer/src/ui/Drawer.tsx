import { type DragEvent, type ReactNode, type SyntheticEvent, useId } from 'react';
import { createPortal } from 'react-dom';
import { useModalDialog } from './useModalDialog';
import './drawer.css';

interface Props {
  title: string;
  closeLabel: string;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  testId?: string;
  /**
   * Render under <body> instead of in place: for a drawer opened from inside another form (a cue's item picker),
   * where an in-place <form> would nest in that form.
   */
  portal?: boolean;
}

/** React events bubble along the component tree, portal or not: keep the drawer's own from reaching the page behind. */
const contain = (event: SyntheticEvent) => event.stopPropagation();
/** A file dropped where no drop zone in the drawer takes it is refused, never opened by the browser in place of the app. */
const refuseDrop = (event: DragEvent) => {
  contain(event);
  event.preventDefault();
  if (event.type === 'dragover') event.dataTransfer.dropEffect = 'none';
};

/**
 * A modal side panel on the native <dialog>: focus stays inside, Esc asks to close (the caller
 * decides), the page behind is inert. Rendered only while open.
 */
export function Drawer({ title, closeLabel, onClose, children, footer, wide = false, testId, portal = false }: Props) {
  const ref = useModalDialog(onClose);
  const titleId = useId();

  const dialog = (
    <dialog
      ref={ref}
      className={`drawer${wide ? ' drawer--wide' : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      // Esc closes this drawer only (not a cue form around it); a submit, a drop or a paste stays in here too.
      onKeyDown={(e) => {
        if (e.key === 'Escape') contain(e);
      }}
      onSubmit={contain}
      onDragOver={refuseDrop}
      onDrop={refuseDrop}
      onPaste={contain}
    >
      <header className="drawer__header">
        <h2 className="drawer__title" id={titleId}>
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
  return portal ? createPortal(dialog, document.body) : dialog;
}
