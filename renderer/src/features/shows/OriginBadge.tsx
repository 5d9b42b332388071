import { useTranslation } from 'react-i18next';
import type { ShowOrigin } from '../../../../shared/domain/catalog/show';
import { useDateTime } from '../../format/useDateTime';

/** Which version of head office's show this is, and when and by whom it was published. */
export function useOriginDetail(): (origin: ShowOrigin) => string {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  return (origin) => t('headOffice.origin.detail', { version: origin.version, when: dateTime(origin.publishedAt), by: origin.publishedBy });
}

/** 总部下发: the show came from head office (read-only here). The details are in the tooltip. */
export function OriginBadge({ origin }: { origin: ShowOrigin }) {
  const { t } = useTranslation();
  const detail = useOriginDetail();
  return (
    <span className="origin-badge" data-testid="show-origin" data-version={origin.version} title={detail(origin)}>
      {t('headOffice.origin.badge')}
    </span>
  );
}
