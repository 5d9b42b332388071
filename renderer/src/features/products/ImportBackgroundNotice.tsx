import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { backgroundNotice } from '../../state/products/importStore';
import { useImport } from '../../state/products/productsStores';
import { failureText } from './importMessages';

/**
 * An import whose dialog was closed goes on writing: the products area says it is under way (with the way back to
 * its progress), then how it ended, until the user dismisses it or opens the dialog again.
 */
export function ImportBackgroundNotice() {
  const { t } = useTranslation();
  const notice = useImport(useShallow(backgroundNotice));
  const openWizard = useImport((s) => s.openWizard);
  const dismiss = useImport((s) => s.dismissBackground);
  if (!notice) return null;

  if (notice.kind === 'running') {
    return (
      <div className="notice notice--info" role="status" data-testid="import-background" data-kind="running">
        <p>{t('products.import.background.running', { fileName: notice.fileName })}</p>
        <button type="button" className="button" onClick={openWizard}>
          {t('products.import.background.show')}
        </button>
      </div>
    );
  }

  const dismissButton = (
    <button type="button" className="button" data-testid="import-background-dismiss" onClick={dismiss}>
      {t('products.import.background.dismiss')}
    </button>
  );
  if (notice.kind === 'done') {
    const { created, updated, skippedInvalid } = notice.result;
    return (
      <div className="notice notice--ok" role="status" data-testid="import-background" data-kind="done">
        <p>
          {t('products.import.background.done', { fileName: notice.fileName, created, updated })}
          {skippedInvalid > 0 && ` ${t('products.import.background.skipped', { count: skippedInvalid })}`}
        </p>
        {dismissButton}
      </div>
    );
  }
  const said = failureText(t, notice.failure);
  return (
    <div className="notice notice--error" role="alert" data-testid="import-background" data-kind="failed">
      <p>
        {t('products.import.background.failed', { fileName: notice.fileName })} {said.text}
      </p>
      {said.cause && <p className="notice__cause">{said.cause}</p>}
      {dismissButton}
    </div>
  );
}
