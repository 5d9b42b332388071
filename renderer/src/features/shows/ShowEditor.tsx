import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cue } from '../../../../shared/domain/catalog/show';
import { downloadBase64 } from '../../files/download';
import { useDateTime } from '../../format/useDateTime';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { PublishButton } from '../../ui/publish/PublishButton';
import { CueForm } from './CueForm';
import { CueList } from './CueList';
import { OriginBadge, useOriginDetail } from './OriginBadge';
import { ShowForm } from './ShowForm';
import { usePackages, useShows } from './useShowsStores';

/** The open show: its details, duplicate, export, publish, delete, and the cue list with add; read-only when from head office. */
export function ShowEditor() {
  const { t } = useTranslation();
  const current = useShows((s) => s.current);
  const loading = useShows((s) => s.currentLoading);
  const error = useShows((s) => s.currentError);
  const selectedId = useShows((s) => s.selectedId);
  const actionError = useShows((s) => s.actionError);
  const clearActionError = useShows((s) => s.clearActionError);
  const reloadCurrent = useShows((s) => s.reloadCurrent);
  const deleteShow = useShows((s) => s.deleteShow);
  const duplicateShow = useShows((s) => s.duplicateShow);
  const originDetail = useOriginDetail();
  const exportShow = usePackages((s) => s.exportShow);
  const exportingId = usePackages((s) => s.exportingId);
  const exportError = usePackages((s) => s.exportError);
  const lastExport = usePackages((s) => s.lastExport);
  const dateTime = useDateTime();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [duplicating, setDuplicating] = useState(false);

  if (selectedId === null) return <p className="shows__placeholder muted">{t('shows.editor.none')}</p>;
  if (!current) {
    return error ? (
      <div className="notice notice--error" role="alert">
        <p>{t('shows.editor.failed', { message: error })}</p>
        <button type="button" className="button button--quiet" onClick={() => void reloadCurrent()}>
          {t('shows.list.retry')}
        </button>
      </div>
    ) : (
      <p className="shows__placeholder muted">{loading ? t('shows.editor.loading') : ''}</p>
    );
  }

  const { show, cues } = current;
  const active = cues.some((c) => c.id === activeId) ? activeId : null;
  const readOnly = show.origin !== null;

  const duplicate = () => {
    setDuplicating(true);
    setDeleteError(null);
    // The copy opens in place of this show (the editor is keyed by the selected show).
    duplicateShow(show.id)
      .catch((e: unknown) => setDeleteError(e instanceof Error ? e.message : String(e)))
      .finally(() => setDuplicating(false));
  };
  const duplicateButton = (testId: string, primary = false) => (
    <button
      type="button"
      className={primary ? 'button button--primary' : 'button'}
      data-testid={testId}
      disabled={duplicating}
      onClick={duplicate}
    >
      {duplicating ? t('shows.editor.duplicating') : t('shows.editor.duplicate')}
    </button>
  );

  const onAdded = (saved?: Cue) => {
    setAdding(false);
    if (saved) setActiveId(saved.id);
  };

  return (
    <section className="show-editor" data-testid="show-editor" data-show-id={show.id} aria-labelledby="show-editor-title">
      {editing ? (
        <ShowForm key={show.id} show={show} onDone={() => setEditing(false)} />
      ) : (
        <header className="show-editor__header">
          <div className="show-editor__heading">
            <h2 className="show-editor__title" id="show-editor-title" data-testid="show-editor-title">
              {show.name}
            </h2>
            {show.origin && (
              <p className="show-editor__origin">
                <OriginBadge origin={show.origin} />
                <span className="muted">{originDetail(show.origin)}</span>
              </p>
            )}
            <p className="show-editor__meta">
              <span>
                {show.plannedStartAt !== null
                  ? t('shows.list.planned', { when: dateTime(show.plannedStartAt) })
                  : t('shows.list.unscheduled')}
              </span>
              <span>{t('shows.list.cues', { count: cues.length })}</span>
            </p>
            {show.notes && <p className="show-editor__notes">{show.notes}</p>}
          </div>
          <div className="show-editor__actions">
            <button
              type="button"
              className="button"
              data-testid="show-edit"
              disabled={readOnly}
              title={readOnly ? t('headOffice.origin.cannotEdit') : undefined}
              onClick={() => setEditing(true)}
            >
              {t('shows.editor.edit')}
            </button>
            {duplicateButton('show-duplicate')}
            <button
              type="button"
              className="button"
              data-testid="show-export-package"
              disabled={exportingId !== null}
              onClick={() => void exportShow(show.id, (fileName, bytes) => downloadBase64(fileName, 'application/zip', bytes))}
            >
              {exportingId === show.id ? t('shows.editor.exporting') : t('shows.editor.export')}
            </button>
            <PublishButton what={{ kind: 'show', id: show.id, name: show.name }} testId="show-publish" />
            <ConfirmButton
              label={t('shows.editor.delete')}
              question={t('shows.editor.confirmDelete', { name: show.name, count: cues.length })}
              yes={t('shows.editor.confirmYes')}
              no={t('shows.editor.confirmNo')}
              testId="show-delete"
              // The store's backend refuses to delete a show from head office: say so here rather than after a click.
              disabled={readOnly}
              title={readOnly ? t('headOffice.origin.cannotDelete') : undefined}
              onConfirm={() => {
                setDeleteError(null);
                deleteShow(show.id).catch((e: unknown) => setDeleteError(e instanceof Error ? e.message : String(e)));
              }}
            />
          </div>
        </header>
      )}

      {readOnly && (
        <div className="notice notice--warn show-editor__read-only" role="note" data-testid="show-read-only">
          <p>{t('headOffice.origin.readOnly')}</p>
          {duplicateButton('show-read-only-duplicate', true)}
        </div>
      )}

      {lastExport?.showId === show.id && (
        <p className="notice notice--ok" role="status" data-testid="show-export-done">
          {t('shows.editor.exported', {
            fileName: lastExport.fileName,
            cues: lastExport.summary.cues,
            products: lastExport.summary.products,
            images: lastExport.summary.images,
          })}
        </p>
      )}
      {exportError?.showId === show.id && (
        <p className="notice notice--error" role="alert">
          {t('shows.editor.exportFailed', { message: exportError.message })}
        </p>
      )}
      {deleteError && (
        <p className="notice notice--error" role="alert">
          {t('shows.editor.actionFailed', { message: deleteError })}
        </p>
      )}
      {actionError && (
        <div className="notice notice--error" role="alert">
          <p>{t('shows.editor.actionFailed', { message: actionError })}</p>
          <button type="button" className="button button--quiet" onClick={clearActionError}>
            {t('shows.editor.dismiss')}
          </button>
        </div>
      )}

      <div className="cue-section">
        <div className="cue-section__bar">
          <h3 className="cue-section__title">{t('shows.editor.cueList')}</h3>
          {/* Kept empty when read-only: it also holds the Add button at the right. */}
          <p className="cue-section__hint">{readOnly ? '' : t('shows.editor.cueListHint')}</p>
          <button
            type="button"
            className="button button--primary"
            data-testid="cue-add"
            disabled={adding || readOnly}
            title={readOnly ? t('headOffice.origin.cannotEdit') : undefined}
            onClick={() => setAdding(true)}
          >
            + {t('shows.cue.add')}
          </button>
        </div>
        {adding && <CueForm key={`add-${show.id}`} cues={cues} afterId={active} onDone={onAdded} />}
        {cues.length === 0 && !adding ? (
          <p className="cue-section__empty muted">{t('shows.editor.emptyCues')}</p>
        ) : (
          <CueList cues={cues} activeId={active} onActivate={setActiveId} readOnly={readOnly} />
        )}
      </div>
    </section>
  );
}
