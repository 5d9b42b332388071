import { useTranslation } from 'react-i18next';
import { useImport } from '../../state/products/productsStores';
import { failureText } from './importMessages';

/**
 * An import whose dialog was closed goes on writing: the products area says it is under way (with the way back to
 * its progress), then how it ended, until the user dismisses it or opens the dialog again.
 */
export function ImportBackgroundNotice() {
  const { t } = useTranslation();
  const open = useImport((s) => s.open);
  const step = useImport((s) => s.step);
  const background = useImport((s) => s.background);
  const openWizard = useImport((s) => s.openWizard);
  const dismiss = useImport((s) => s.dismissBackground);
  if (open) return null;

  if (step.kind === 'committing') {
    return (
      <div className="notice notice--info" role="status" data-testid="import-background" data-kind="running">
        <p>{t('products.import.background.running', { fileName: step.preview.source.fileName })}</p>
        <button type="button" className="button" onClick={openWizard}>
          {t('products.import.background.show')}
        </button>
      </div>
    );
  }
  if (!background) return null;

  const dismissButton = (
    <button type="button" className="button" data-testid="import-background-dismiss" onClick={dismiss}>
      {t('products.import.background.dismiss')}
    </button>
  );
  if (background.kind === 'done') {
    const { created, updated, skippedInvalid } = background.result;
    return (
      <div className="notice notice--ok" role="status" data-testid="import-background" data-kind="done">
        <p>
          {t('products.import.background.done', { fileName: background.fileName, created, updated })}
          {skippedInvalid > 0 && ` ${t('products.import.background.skipped', { count: skippedInvalid })}`}
        </p>
        {dismissButton}
      </div>
    );
  }
  const said = failureText(t, background.failure);
  return (
    <div className="notice notice--error" role="alert" data-testid="import-background" data-kind="failed">
      <p>
        {t('products.import.background.failed', { fileName: background.fileName })} {said.text}
      </p>
      {said.cause && <p className="notice__cause">{said.cause}</p>}
      {dismissButton}
    </div>
  );
}
