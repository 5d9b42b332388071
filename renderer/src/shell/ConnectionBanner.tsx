import { useTranslation } from 'react-i18next';
import { useConnection } from '../state/AppStateContext';

/** Says plainly why nothing works when the backend is away or refuses this window. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const status = useConnection((s) => s.status);
  const retry = useConnection((s) => s.retry);

  if (status.state === 'unauthorized') {
    return (
      <div className="banner banner--error" role="alert" data-testid="connection-banner">
        <p>{t(`connection.${status.reason}`)}</p>
        {status.reason !== 'missing_token' && (
          <button type="button" className="button" onClick={retry}>
            {t('connection.retry')}
          </button>
        )}
      </div>
    );
  }
  if (status.state === 'reconnecting') {
    return (
      <div className="banner banner--warning" role="status" data-testid="connection-banner">
        <p>{t('connection.offline')}</p>
      </div>
    );
  }
  return null;
}
