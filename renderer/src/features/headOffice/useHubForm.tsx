import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../../shared/api/errors';
import { syncErrorText } from '../../format/syncErrors';
import { FormField, focusFirstField } from '../../ui/FormField';
import { hubAddressDecision } from './hubAddressDecision';
import { useInsecureConfirm } from './InsecureDialog';
import '../../ui/busyProgress.css';

type Errors<F extends string> = Partial<Record<F | 'hubUrl' | 'general', string | undefined>>;

/**
 * What the enroll and sign-in forms share: the hub address checked before sending (refused at its field, or asked
 * about for plain HTTP beyond this network), progress, and a refusal placed at its field or above the form.
 */
export function useHubForm<F extends string>(testPrefix: string, fields: readonly (F | 'hubUrl')[], failed: (message: string) => string) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Errors<F>>({});
  const [busy, setBusy] = useState(false);
  const insecure = useInsecureConfirm();

  const show = (next: Errors<F>) => {
    setErrors(next);
    focusFirstField(
      testPrefix,
      fields.filter((f) => next[f]),
    );
  };

  const send = async (url: string, confirmInsecure: boolean, call: (url: string, confirmInsecure: boolean) => Promise<void>) => {
    setBusy(true);
    setErrors({});
    try {
      await call(url, confirmInsecure);
    } catch (error) {
      // The backend judged the address unsafe where this window did not (a name that resolves beyond this network): ask.
      if (!confirmInsecure && error instanceof ApiCallError && error.reason === 'INSECURE_ADDRESS') {
        insecure.ask(url, () => void send(url, true, call));
        return;
      }
      const { field, text } = syncErrorText(error, t);
      const at = fields.find((f) => f === field);
      show(at ? ({ [at]: text } as Errors<F>) : ({ general: failed(text) } as Errors<F>));
    } finally {
      setBusy(false);
    }
  };

  /** Sends to the typed hub address unless it or `problems` (the form's own checks) stop it. */
  const submit = (typedUrl: string, problems: Errors<F>, call: (url: string, confirmInsecure: boolean) => Promise<void>) => {
    const address = hubAddressDecision(typedUrl);
    const next: Errors<F> = { ...problems };
    if (address.action === 'refuse')
      next.hubUrl = t(`headOffice.address.${address.problem}`, { text: address.text, detail: address.detail });
    if (address.action === 'refuse' || Object.values(next).some(Boolean)) return show(next);
    // The earlier refusals are answered; the question (or the answer) comes next.
    setErrors({});
    if (address.action === 'confirm') insecure.ask(address.url, () => void send(address.url, true, call));
    else void send(address.url, false, call);
  };

  return { errors, busy, submit, dialog: insecure.dialog };
}

/** The hub address field of both forms. */
export function HubUrlField(props: {
  id: string;
  testPrefix: string;
  label: string;
  hint?: string;
  error: string | undefined;
  value: string;
  disabled: boolean;
  onChange(value: string): void;
}) {
  return (
    <FormField id={props.id} testPrefix={props.testPrefix} name="hubUrl" label={props.label} error={props.error} hint={props.hint}>
      {(control) => (
        <input
          {...control}
          value={props.value}
          placeholder="https://hub.example.com"
          autoComplete="off"
          spellCheck={false}
          inputMode="url"
          disabled={props.disabled}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}

/** The frame of both forms: the refusal above, the fields, the submit button with progress, the HTTP question. */
export function HubForm(props: {
  testId: string;
  form: ReturnType<typeof useHubForm>;
  onSubmit(): void;
  submit: { label: string; busyLabel: string; testId: string; disabled: boolean; primary?: boolean };
  children: ReactNode;
}) {
  const { form, submit } = props;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form className="hub-form" data-testid={props.testId} onSubmit={onSubmit} noValidate aria-busy={form.busy}>
      {form.errors.general && (
        <p className="notice notice--error" role="alert" data-testid={`${props.testId}-error`}>
          {form.errors.general}
        </p>
      )}
      {props.children}
      <div className="hub-form__actions">
        <button
          type="submit"
          className={submit.primary ? 'button button--primary' : 'button'}
          data-testid={submit.testId}
          disabled={submit.disabled || form.busy}
        >
          {form.busy ? submit.busyLabel : submit.label}
        </button>
        {form.busy && <span className="busy-progress" role="progressbar" aria-label={submit.busyLabel} />}
      </div>
      {form.dialog}
    </form>
  );
}
