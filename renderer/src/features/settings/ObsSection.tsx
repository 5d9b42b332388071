import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState, useConnection, useObs } from '../../state/AppStateContext';
import { errorMessage } from '../../state/bound';
import { GraphicsSetup } from './GraphicsSetup';

const DEFAULT_URL = 'ws://127.0.0.1:4455';

/**
 * OBS connection: address, password (write-only: the backend never sends it back), connect /
 * reconnect, the state in a sentence, and the setup assistant.
 */
export function ObsSection() {
  const { t } = useTranslation();
  const { client } = useAppState();
  const status = useObs((s) => s.status);
  const connected = useConnection((s) => s.status.state === 'connected');
  const [url, setUrl] = useState(DEFAULT_URL);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const state = connected && status ? status.state : 'unknown';
  const savedUrl = status?.url;

  // The field shows the saved address once the backend has told us one.
  useEffect(() => {
    if (savedUrl) setUrl(savedUrl);
  }, [savedUrl]);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      await client.call('obs.configure', { url, ...(password ? { password } : {}) });
      setPassword('');
    });
  };

  const retrySeconds = status?.retryAt ? Math.max(0, Math.round((status.retryAt - Date.now()) / 1000)) : null;

  return (
    <section className="panel" aria-labelledby="settings-obs-title" data-testid="settings-obs">
      <h2 className="panel__title" id="settings-obs-title">
        {t('obs.settings.title')}
      </h2>
      <p role="status" data-testid="obs-state-sentence" data-state={state}>
        {t(`obs.sentence.${state}`)}
        {state === 'lost' && retrySeconds !== null ? ` ${t('obs.settings.retryIn', { seconds: retrySeconds })}` : ''}
      </p>
      {status?.obsVersion && status.websocketVersion && state === 'ready' && (
        <p className="muted">{t('obs.settings.version', { obs: status.obsVersion, ws: status.websocketVersion })}</p>
      )}
      {status?.missing && status.missing.length > 0 && (
        <p className="field__error">{t('obs.settings.missing', { names: status.missing.join('、') })}</p>
      )}
      <form onSubmit={onSubmit}>
        <div className="field">
          <label className="field__label" htmlFor="obs-url">
            {t('obs.settings.url')}
          </label>
          <input
            id="obs-url"
            className="pfield__control field__control"
            data-testid="obs-url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            aria-describedby="obs-url-hint"
            autoComplete="off"
            spellCheck={false}
          />
          <p className="field__hint" id="obs-url-hint">
            {t('obs.settings.urlHint')}
          </p>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="obs-password">
            {t('obs.settings.password')}
          </label>
          <input
            id="obs-password"
            type="password"
            className="pfield__control field__control"
            data-testid="obs-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="off"
          />
          {savedUrl && <p className="field__hint">{t('obs.settings.passwordKept')}</p>}
        </div>
        <div className="obs-buttons">
          <button type="submit" className="button" data-testid="obs-connect" disabled={!connected || busy}>
            {t('obs.settings.connect')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="obs-reconnect"
            disabled={!connected || busy || !savedUrl}
            onClick={() => void act(async () => void (await client.call('obs.reconnect', {})))}
          >
            {t('obs.settings.reconnect')}
          </button>
        </div>
      </form>
      <GraphicsSetup ready={connected && state === 'ready'} />
      {error && (
        <p className="field__error" role="alert">
          {t('obs.settings.failed', { message: error })}
        </p>
      )}
    </section>
  );
}
