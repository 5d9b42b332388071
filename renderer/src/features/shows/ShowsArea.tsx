import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PackageImport } from './PackageImport';
import { ShowEditor } from './ShowEditor';
import { ShowForm } from './ShowForm';
import { ShowList } from './ShowList';
import { usePackages, useShows } from './useShowsStores';
import '../../ui/field.css';
import './shows.css';

/** 节目单: the shows on the left, the open show's run of show on the right; show packages in and out. */
export function ShowsArea() {
  const { t } = useTranslation();
  const selectedId = useShows((s) => s.selectedId);
  const select = useShows((s) => s.select);
  const importOpen = usePackages((s) => s.open);
  const importStep = usePackages((s) => s.phase.step);
  const openImport = usePackages((s) => s.openImport);
  const closeImport = usePackages((s) => s.closeImport);
  const chooseFile = usePackages((s) => s.chooseFile);
  const [creating, setCreating] = useState(false);
  const [fileOver, setFileOver] = useState(false);

  const onSelect = (id: string) => {
    setCreating(false);
    if (importOpen && importStep !== 'preview') closeImport();
    void select(id);
  };

  // A .livecue file dropped anywhere on the area opens the import with it.
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setFileOver(true);
  };
  const onDrop = (event: DragEvent) => {
    setFileOver(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    // Anything else is still sent: the backend says exactly why it is not a package.
    setCreating(false);
    void chooseFile(file);
  };

  const showEditor = !creating && (!importOpen || importStep === 'done');

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: file drop is a shortcut; the Import button is the accessible way
    <div
      className={`shows${fileOver ? ' shows--file-over' : ''}`}
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setFileOver(false);
      }}
      onDrop={onDrop}
    >
      <aside className="shows__side">
        <div className="shows__toolbar">
          <button
            type="button"
            className="button button--primary"
            data-testid="shows-new"
            onClick={() => {
              closeImport();
              setCreating(true);
            }}
          >
            + {t('shows.list.new')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="show-import-package"
            onClick={() => {
              setCreating(false);
              openImport();
            }}
          >
            {t('shows.list.import')}
          </button>
        </div>
        <ShowList onSelect={onSelect} />
        <p className="shows__drop-hint muted">{t('shows.list.dropHint')}</p>
      </aside>
      <div className="shows__main">
        {creating && <ShowForm onDone={() => setCreating(false)} />}
        {importOpen && !creating && <PackageImport />}
        {showEditor && <ShowEditor key={selectedId ?? 'none'} />}
      </div>
    </div>
  );
}
