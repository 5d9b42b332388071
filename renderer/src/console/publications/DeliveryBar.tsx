import { useTranslation } from 'react-i18next';
import type { PublicationStatus } from '../../../../shared/api/hub/hubConsole';
import { DELIVERY_PARTS, deliveryShares } from './deliveryParts';

/** One stacked bar of where a publication got to, with the counts beside it (parts with none are left out). */
export function DeliveryBar({ publication }: { publication: PublicationStatus }) {
  const { t } = useTranslation();
  const shares = deliveryShares(publication);
  const summary = DELIVERY_PARTS.map((part) => `${t(`console.publications.status.${part}`)} ${publication[part]}`).join(' · ');
  return (
    <span className="delivery" data-testid="publication-delivery">
      <span className="delivery__bar" role="img" aria-label={summary} title={summary}>
        {DELIVERY_PARTS.map(
          (part) =>
            shares[part] > 0 && (
              <span key={part} className={`delivery__part delivery__part--${part}`} style={{ width: `${shares[part]}%` }} />
            ),
        )}
      </span>
      <span className="delivery__legend">
        {DELIVERY_PARTS.filter((part) => publication[part] > 0).map((part) => (
          <span key={part} className="delivery__count" data-part={part} data-testid={`publication-count-${part}`}>
            <span className={`delivery__swatch delivery__part--${part}`} aria-hidden="true" />
            {t(`console.publications.status.${part}`)} {publication[part]}
          </span>
        ))}
      </span>
    </span>
  );
}
