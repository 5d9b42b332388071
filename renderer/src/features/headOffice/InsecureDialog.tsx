import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

/**
 * Asks before a credential goes over plain HTTP across the internet. `ask` opens the question; `dialog` is
 * rendered by the form; the action runs only after "Send anyway" (Cancel sends nothing).
 */
export function useInsecureConfirm() {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<{ url: string; go(): void } | null>(null);
  const dialog = asking && (
    <Dialog
      title={t('headOffice.insecure.title')}
      tone="danger"
      testId="hub-insecure-dialog"
      onCancel={() => setAsking(null)}
      actions={
        <>
          <button type="button" className="button" data-testid="hub-insecure-cancel" onClick={() => setAsking(null)}>
            {t('headOffice.insecure.cancel')}
          </button>
          <button
            type="button"
            className="button button--danger-solid"
            data-testid="hub-insecure-confirm"
            onClick={() => {
              setAsking(null);
              asking.go();
            }}
          >
            {t('headOffice.insecure.confirm')}
          </button>
        </>
      }
    >
      <p>{t('headOffice.insecure.body', { url: asking.url })}</p>
      <p>
        <strong>{t('headOffice.insecure.advice')}</strong>
      </p>
    </Dialog>
  );
  return { ask: (url: string, go: () => void) => setAsking({ url, go }), dialog };
}
