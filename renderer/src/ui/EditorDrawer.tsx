import { type ClipboardEvent, type DragEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnection } from '../state/AppStateContext';
import { Drawer } from './Drawer';
import { useModKey } from './useModKey';
import './field.css';

export type EditorBusy = 'saving' | 'deleting' | null;

/** What the drawer needs of the editor's state (see useEditorState). */
export interface EditorDrawerState {
  busy: EditorBusy;
  saved: boolean;
  /** A problem that names no field, already translated. */
  general: string | null;
  save(): Promise<void>;
  remove(removeItem: (id: string) => Promise<void>): Promise<void>;
}

interface EditorDrawerProps {
  title: string;
  /** Test ids: `<testPrefix>-form`, `-save`, `-saved`, `-delete`, `-delete-confirm`, `-form-error`. */
  testPrefix: string;
  state: EditorDrawerState;
  onClose(): void;
  /** Present when the item exists: deleting asks this first, then calls `removeItem`. */
  deletion?: { question: string; removeItem(id: string): Promise<void> } | undefined;
  portal?: boolean;
  wide?: boolean;
  /** Files pasted (Ctrl+V) or dropped anywhere in the form: a product's images. */
  onFiles?(files: File[]): void;
  children: ReactNode;
}

/**
 * The drawer every catalog editor uses: its form, a problem that names no field at the top, and a footer with delete
 * (asked twice), "saved", cancel and save. Enter in a field or Ctrl/Cmd+S anywhere in it saves; Esc closes.
 */
export function EditorDrawer({ title, testPrefix, state, onClose, deletion, portal, wide, onFiles, children }: EditorDrawerProps) {
  const { busy, saved, general } = state;
  const onSave = () => void state.save();
  const { t } = useTranslation();
  const { mod } = useModKey();
  const connected = useConnection((s) => s.status.state === 'connected');
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const formId = `${useId()}-form`;

  // Ctrl/Cmd+S saves wherever the focus is in the panel (the buttons sit outside the form).
  const saveRef = useRef(onSave);
  saveRef.current = onSave;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        saveRef.current();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  // A failed delete puts the question away again, so the error shows instead.
  useEffect(() => {
    if (general !== null) setConfirmingDelete(false);
  }, [general]);

  const offline = connected ? undefined : t('editor.offline');
  const footer = (
    <div className="editor-footer">
      {deletion &&
        (confirmingDelete ? (
          <div className="editor-footer__confirm" role="alertdialog" aria-label={t('editor.delete')}>
            <span>{deletion.question}</span>
            <button
              type="button"
              className="button button--danger"
              data-testid={`${testPrefix}-delete-confirm`}
              disabled={busy !== null}
              onClick={() => void state.remove(deletion.removeItem)}
            >
              {busy === 'deleting' ? t('editor.deleting') : t('editor.confirmDeleteYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirmingDelete(false)}>
              {t('editor.cancel')}
            </button>
          </div>
        ) : (
          <button
            type="button"
            className="button button--danger-quiet"
            data-testid={`${testPrefix}-delete`}
            disabled={!connected || busy !== null}
            title={offline}
            onClick={() => setConfirmingDelete(true)}
          >
            {t('editor.delete')}
          </button>
        ))}
      <span className="editor-footer__note muted">{t('editor.shortcuts', { mod })}</span>
      <span className="editor-footer__spacer" />
      <span className="editor-footer__status" role="status" data-testid={`${testPrefix}-saved`}>
        {saved ? t('editor.saved') : ''}
      </span>
      <button type="button" className="button" onClick={onClose}>
        {t('editor.cancel')}
      </button>
      <button
        type="submit"
        form={formId}
        className="button button--primary"
        data-testid={`${testPrefix}-save`}
        disabled={!connected || busy !== null}
        title={offline}
        aria-keyshortcuts="Control+S Meta+S"
      >
        {busy === 'saving' ? t('editor.saving') : t('editor.save')}
      </button>
    </div>
  );

  return (
    <Drawer
      title={title}
      closeLabel={t('editor.close')}
      onClose={onClose}
      footer={footer}
      testId={`${testPrefix}-drawer`}
      {...(portal ? { portal } : {})}
      {...(wide ? { wide } : {})}
    >
      <form
        id={formId}
        className="editor-form"
        data-testid={`${testPrefix}-form`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSave();
        }}
        {...(onFiles ? fileHandlers(onFiles) : {})}
      >
        {offline && (
          <p className="notice notice--warn" role="status">
            {offline}
          </p>
        )}
        {general && (
          <p className="notice notice--error" role="alert" data-testid={`${testPrefix}-form-error`}>
            {general}
          </p>
        )}
        {children}
      </form>
    </Drawer>
  );
}

/** Paste and drop of files on the form; text pasted into a field stays the field's. */
function fileHandlers(onFiles: (files: File[]) => void) {
  const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');
  return {
    onPaste(event: ClipboardEvent) {
      const files = Array.from(event.clipboardData.files);
      if (files.length === 0) return;
      event.preventDefault();
      onFiles(files);
    },
    onDragOver(event: DragEvent) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDrop(event: DragEvent) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      onFiles(Array.from(event.dataTransfer.files));
    },
  };
}
