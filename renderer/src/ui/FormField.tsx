import type { ReactNode } from 'react';
import './field.css';

/** What a field hands its control: wiring to the label, hint and error, and the test id the e2e tests find it by. */
export interface FieldControlProps {
  id: string;
  'data-testid': string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  className: string;
}

interface FormFieldProps {
  /** Element id of the control. */
  id: string;
  /** Test ids: `<testPrefix>-field-<name>` on the control, `<testPrefix>-field-error-<name>` on the error line. */
  testPrefix: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already translated; null when the field is fine. */
  error: string | null | undefined;
  wide?: boolean;
  children(props: FieldControlProps): ReactNode;
}

/** One labelled field with its hint and, under it, its error (the backend's or the form's own). */
export function FormField({ id, testPrefix, name, label, hint, error, wide = false, children }: FormFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`pfield${wide ? ' pfield--wide' : ''}${error ? ' pfield--invalid' : ''}`}>
      <label className="pfield__label" htmlFor={id}>
        {label}
      </label>
      {children({
        id,
        'data-testid': fieldTestId(testPrefix, name),
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        className: 'pfield__control',
      })}
      {hint && (
        <p className="pfield__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="pfield__error" id={`${id}-error`} data-testid={`${testPrefix}-field-error-${name}`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

const fieldTestId = (testPrefix: string, name: string) => `${testPrefix}-field-${name}`;

/** Moves the focus to the first field with a problem, after React has shown the errors. */
export function focusFirstField(testPrefix: string, names: readonly string[]): void {
  const first = names[0];
  if (first === undefined) return;
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="${fieldTestId(testPrefix, first)}"]`)?.focus());
}
