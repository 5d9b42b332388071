import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { FormField, focusFirstField } from '../../ui/FormField';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import type { ConsoleSessionState, SignInProblem } from './consoleSession';

const PREFIX = 'console-signin';
type Field = 'username' | 'password';

/** Username and password; a wrong pair, an unreachable hub and an expired sign-in are each named. */
export function SignInPage({ session }: { session: StoreApi<ConsoleSessionState> }) {
  const { t } = useTranslation();
  const expired = useStore(session, (s) => s.expired);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const errors: Partial<Record<Field, string>> = {};
    if (username.trim() === '') errors.username = t('console.signIn.usernameRequired');
    if (password === '') errors.password = t('console.signIn.passwordRequired');
    setFieldErrors(errors);
    setProblem(null);
    if (Object.keys(errors).length > 0) {
      focusFirstField(PREFIX, Object.keys(errors));
      return;
    }
    setBusy(true);
    const outcome = await session.getState().signIn(username, password);
    setBusy(false);
    setProblem(outcome);
    if (outcome?.kind === 'wrongCredentials') {
      setPassword('');
      focusFirstField(PREFIX, ['password']);
    }
  };

  const problemText =
    problem === null
      ? null
      : problem.kind === 'failed'
        ? t('console.signIn.failed', { message: problem.message })
        : problem.kind === 'rateLimited'
          ? t('console.signIn.rateLimited', { count: problem.minutes })
          : t(`console.signIn.${problem.kind}`);

  return (
    <main className="console-signin">
      <div className="console-signin__lang">
        <LanguageSwitch />
      </div>
      <form className="console-signin__card" onSubmit={submit} noValidate aria-labelledby="console-signin-title">
        <h1 className="console-signin__brand">{t('console.title')}</h1>
        <h2 id="console-signin-title">{t('console.signIn.title')}</h2>
        {expired && problem === null && (
          <p className="notice notice--warn" role="status" data-testid="console-signin-expired">
            {t('console.signIn.expired')}
          </p>
        )}
        {!expired && <p className="muted">{t('console.signIn.intro')}</p>}
        <FormField
          id="console-username"
          testPrefix={PREFIX}
          name="username"
          label={t('console.signIn.username')}
          error={fieldErrors.username}
        >
          {(props) => (
            // biome-ignore lint/a11y/noAutofocus: the page is only this form; the username is what to type first
            <input {...props} autoFocus autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
          )}
        </FormField>
        <FormField
          id="console-password"
          testPrefix={PREFIX}
          name="password"
          label={t('console.signIn.password')}
          error={fieldErrors.password}
        >
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </FormField>
        {problemText && (
          <p className="notice notice--error" role="alert" data-testid="console-signin-error" data-problem={problem?.kind}>
            {problemText}
          </p>
        )}
        <button type="submit" className="button button--primary console-signin__submit" disabled={busy} data-testid="console-signin-submit">
          {busy ? t('console.signIn.submitting') : t('console.signIn.submit')}
        </button>
      </form>
    </main>
  );
}
