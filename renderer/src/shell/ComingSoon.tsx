import { useTranslation } from 'react-i18next';

/** Calm placeholder for an area that is not built yet: what it will do, in the operator's language. */
export function ComingSoon({ area }: { area: 'live' | 'shows' | 'products' | 'reports' }) {
  const { t } = useTranslation();
  return (
    <section className="coming-soon" aria-labelledby={`coming-soon-${area}`}>
      <span className="coming-soon__badge" id={`coming-soon-${area}`}>
        {t('placeholder.badge')}
      </span>
      <p className="coming-soon__summary">{t(`placeholder.${area}.summary`)}</p>
      <p className="coming-soon__detail">{t(`placeholder.${area}.detail`)}</p>
    </section>
  );
}
