import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSync } from '../../state/AppStateContext';
import { type Publishable, PublishDialog } from './PublishDialog';

/**
 * 发布到门店 for a signed-in head-office producer; nothing at all on a store PC. Viewers read reports only:
 * the hub refuses their publications, so they get no button.
 */
export function PublishButton({ what, testId }: { what: Publishable; testId: string }) {
  const { t } = useTranslation();
  const producer = useSync((s) => s.status?.producer ?? null);
  const [open, setOpen] = useState(false);
  if (!producer || producer.role === 'viewer') return null;
  return (
    <>
      <button type="button" className="button" data-testid={testId} onClick={() => setOpen(true)}>
        {t('headOffice.publish.open')}
      </button>
      {open && <PublishDialog what={what} onClose={() => setOpen(false)} />}
    </>
  );
}
