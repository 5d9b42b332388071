import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/Dialog';

/**
 * Asks before a credential goes over plain HTTP across the internet. `ask` opens the question; `dialog` is
 * rendered by the form; the action runs only after "Send anyway" (Cancel sends nothing).
 */
export function useInsecureConfirm() {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<{ url: string; go(): void } | null>(null);
  const dialog = asking && (
    <ConfirmDialog
      title={t('headOffice.insecure.title')}
      tone="danger"
      testId="hub-insecure"
      cancelLabel={t('headOffice.insecure.cancel')}
      confirmLabel={t('headOffice.insecure.confirm')}
      onCancel={() => setAsking(null)}
      onConfirm={() => {
        setAsking(null);
        asking.go();
      }}
    >
      <p>{t('headOffice.insecure.body', { url: asking.url })}</p>
      <p>
        <strong>{t('headOffice.insecure.advice')}</strong>
      </p>
    </ConfirmDialog>
  );
  return { ask: (url: string, go: () => void) => setAsking({ url, go }), dialog };
}
