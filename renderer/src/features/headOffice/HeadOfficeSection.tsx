import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSync } from '../../state/AppStateContext';
import { EnrolledView } from './EnrolledView';
import { EnrollForm } from './EnrollForm';
import { ProducerPanel } from './ProducerPanel';
import './headOffice.css';

/** Settings → 总部同步: enroll this PC as a store (or see and leave its link), and head-office staff sign-in. */
export const HeadOfficeSection = forwardRef<HTMLElement>(function HeadOfficeSection(_props, ref) {
  const { t } = useTranslation();
  const status = useSync((s) => s.status);
  const error = useSync((s) => s.error);
  const store = status?.store;

  return (
    <section ref={ref} className="panel head-office" aria-labelledby="settings-hub-title" data-testid="settings-head-office" tabIndex={-1}>
      <h2 className="panel__title" id="settings-hub-title">
        {t('headOffice.title')}
      </h2>
      {!status ? (
        error ? (
          <p className="notice notice--error" role="alert">
            {t('headOffice.loadFailed', { message: error })}
          </p>
        ) : (
          <p className="muted">{t('headOffice.loading')}</p>
        )
      ) : (
        <>
          {store ? (
            <EnrolledView status={{ ...status, store }} />
          ) : (
            <>
              <p className="muted head-office__intro">{t('headOffice.intro')}</p>
              <EnrollForm />
            </>
          )}
          <ProducerPanel status={status} />
        </>
      )}
    </section>
  );
});
