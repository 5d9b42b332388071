import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportsStore } from '../../../state/reports/useReportsStore';
import { PlatformImportDialog } from './PlatformImportDialog';

/** The review's 导入平台数据 button and its dialog; the platform's numbers come after the show, so only for an ended session. */
export function PlatformImportButton({ sessionId, ended }: { sessionId: string; ended: boolean }) {
  const { t } = useTranslation();
  const store = useReportsStore();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="platform-import-open"
        disabled={!ended}
        title={ended ? undefined : t('platformImport.openWhenEnded')}
        onClick={() => setOpen(true)}
      >
        {t('platformImport.open')}
      </button>
      {open && (
        <PlatformImportDialog
          sessionId={sessionId}
          onClose={() => setOpen(false)}
          onImported={() => void store.getState().reloadReport()}
        />
      )}
    </>
  );
}
