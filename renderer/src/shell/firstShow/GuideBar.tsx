import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useChecklistShown, useFirstShowStore } from './useFirstShow';
import './firstShow.css';

/**
 * While the first-show guide is on and the user is off doing one of its steps (Settings, Products, Shows): a slim
 * bar that says how to get back, so a new associate never loses the thread.
 */
export function GuideBar({ onBack }: { onBack(): void }) {
  const { t } = useTranslation();
  const shown = useChecklistShown();
  const store = useFirstShowStore();
  // Counts again on the way back, so the step just done is ticked when the checklist shows.
  useEffect(() => () => void store.getState().load(), [store]);
  if (!shown) return null;
  return (
    <div className="guide-bar" role="note" data-testid="guide-bar">
      <p>{t('firstShow.bar.text')}</p>
      <button type="button" className="button button--primary" data-testid="guide-bar-back" onClick={onBack}>
        {t('firstShow.bar.back')}
      </button>
    </div>
  );
}
