import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/domain/sync/syncStatus';
import { syncErrorText } from '../../format/syncErrors';
import { useAppState, useConnection, useSync } from '../../state/AppStateContext';
import { FormField } from '../../ui/FormField';
import { Facts } from './Facts';
import { HubForm, HubUrlField, useHubForm } from './useHubForm';

const FIELDS = ['hubUrl', 'username', 'password'] as const;

/** Head-office staff sign in here to publish shows to stores; signed in, the account and sign-out. */
export function ProducerPanel({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  return (
    <section className="hub-producer" aria-labelledby="hub-producer-title" data-testid="hub-producer">
      <h3 className="hub-producer__title" id="hub-producer-title">
        {t('headOffice.producer.title')}
      </h3>
      {status.producer ? <SignedIn producer={status.producer} /> : <SignInForm defaultHub={status.hubUrl ?? ''} />}
    </section>
  );
}

function SignedIn({ producer }: { producer: NonNullable<SyncStatus['producer']> }) {
  const { t } = useTranslation();
  const { client } = useAppState();
  const setStatus = useSync((s) => s.setStatus);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const signOut = async () => {
    setBusy(true);
    setError(null);
    try {
      setStatus(await client.call('sync.producerSignOut', {}));
    } catch (e) {
      setError(syncErrorText(e, t).text);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="hub-producer__account" data-testid="hub-producer-account">
      <p>
        <strong>
          {t('headOffice.producer.signedIn', { name: producer.displayName || producer.username, username: producer.username })}
        </strong>
      </p>
      <Facts
        rows={[
          [t('headOffice.producer.role'), t(`headOffice.producer.roles.${producer.role}`), 'hub-producer-role'],
          [
            t('headOffice.producer.regions'),
            producer.regions.length ? producer.regions.join('、') : t('headOffice.producer.allRegions'),
            'hub-producer-regions',
          ],
          [t('headOffice.producer.hub'), producer.hubUrl, 'hub-producer-hub'],
        ]}
      />
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button" data-testid="hub-producer-sign-out" disabled={busy} onClick={() => void signOut()}>
        {t('headOffice.producer.signOut')}
      </button>
    </div>
  );
}

function SignInForm({ defaultHub }: { defaultHub: string }) {
  const { t } = useTranslation();
  const { client } = useAppState();
  const connected = useConnection((s) => s.status.state === 'connected');
  const setStatus = useSync((s) => s.setStatus);
  const [hubUrl, setHubUrl] = useState(defaultHub);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const form = useHubForm('producer', FIELDS, (message) => t('headOffice.producer.failed', { message }));
  const { errors, busy } = form;
  const id = useId();

  const onSubmit = () => {
    form.submit(hubUrl, {}, async (url, confirmInsecure) => {
      setStatus(await client.call('sync.producerSignIn', { hubUrl: url, username, password, confirmInsecure }));
      setPassword('');
    });
  };

  return (
    <HubForm
      testId="hub-producer-form"
      form={form}
      onSubmit={onSubmit}
      submit={{
        label: t('headOffice.producer.submit'),
        busyLabel: t('headOffice.producer.submitting'),
        testId: 'hub-producer-sign-in',
        disabled: !connected || !username.trim() || !password,
      }}
    >
      <p className="muted">{t('headOffice.producer.intro')}</p>
      <HubUrlField
        id={`${id}-url`}
        testPrefix="producer"
        label={t('headOffice.producer.hubUrl')}
        error={errors.hubUrl}
        value={hubUrl}
        disabled={busy}
        onChange={setHubUrl}
      />
      <div className="hub-form__row">
        <FormField
          id={`${id}-user`}
          testPrefix="producer"
          name="username"
          label={t('headOffice.producer.username')}
          error={errors.username}
        >
          {(props) => (
            <input
              {...props}
              value={username}
              autoComplete="username"
              maxLength={100}
              disabled={busy}
              onChange={(e) => setUsername(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-password`}
          testPrefix="producer"
          name="password"
          label={t('headOffice.producer.password')}
          error={errors.password}
        >
          {(props) => (
            <input
              {...props}
              type="password"
              value={password}
              autoComplete="current-password"
              maxLength={200}
              disabled={busy}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </FormField>
      </div>
    </HubForm>
  );
}
