import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState, useConnection, useSync } from '../../state/AppStateContext';
import { FormField } from '../../ui/FormField';
import { enrollmentCodeProblem, formatEnrollmentCodeAt } from './enrollmentCode';
import { HubForm, HubUrlField, useHubForm } from './useHubForm';

const FIELDS = ['hubUrl', 'code', 'deviceName'] as const;

/** Not enrolled yet: the hub address, the one-time code and this PC's name. Checked here before anything is sent. */
export function EnrollForm() {
  const { t } = useTranslation();
  const { client } = useAppState();
  const connected = useConnection((s) => s.status.state === 'connected');
  const setStatus = useSync((s) => s.setStatus);
  const [hubUrl, setHubUrl] = useState('');
  // A new object per change, so the caret is put back even when the formatted text did not change (a dash deleted).
  const [typedCode, setTypedCode] = useState<{ value: string; caret: number | null }>({ value: '', caret: null });
  const code = typedCode.value;
  const codeInput = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const { caret } = typedCode;
    if (caret !== null && codeInput.current === document.activeElement) codeInput.current?.setSelectionRange(caret, caret);
  }, [typedCode]);
  const [deviceName, setDeviceName] = useState(() => t('headOffice.enroll.deviceNameDefault'));
  const form = useHubForm('hub', FIELDS, (message) => t('headOffice.enroll.failed', { message }));
  const { errors, busy } = form;
  const id = useId();

  const onSubmit = () => {
    const codeProblem = enrollmentCodeProblem(code);
    form.submit(
      hubUrl,
      {
        code:
          codeProblem?.kind === 'length'
            ? t('headOffice.enroll.codeLength', { count: codeProblem.count })
            : codeProblem?.kind === 'chars'
              ? t('headOffice.enroll.codeChars', { chars: codeProblem.chars.join(' ') })
              : undefined,
        deviceName: deviceName.trim() ? undefined : t('headOffice.enroll.deviceNameRequired'),
      },
      async (url, confirmInsecure) => setStatus(await client.call('sync.enroll', { hubUrl: url, code, deviceName, confirmInsecure })),
    );
  };

  return (
    <HubForm
      testId="hub-enroll-form"
      form={form}
      onSubmit={onSubmit}
      submit={{
        label: t('headOffice.enroll.submit'),
        busyLabel: t('headOffice.enroll.submitting'),
        testId: 'hub-enroll',
        disabled: !connected,
        primary: true,
      }}
    >
      <HubUrlField
        id={`${id}-url`}
        testPrefix="hub"
        label={t('headOffice.enroll.hubUrl')}
        hint={t('headOffice.enroll.hubUrlHint')}
        error={errors.hubUrl}
        value={hubUrl}
        disabled={busy}
        onChange={setHubUrl}
      />
      <div className="hub-form__row">
        <FormField
          id={`${id}-code`}
          testPrefix="hub"
          name="code"
          label={t('headOffice.enroll.code')}
          error={errors.code}
          hint={t('headOffice.enroll.codeHint')}
        >
          {(props) => (
            <input
              {...props}
              ref={codeInput}
              className={`${props.className} hub-form__code`}
              value={code}
              placeholder="XXXXX-XXXXX"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={16}
              disabled={busy}
              onChange={(e) => setTypedCode(formatEnrollmentCodeAt(e.target.value, e.target.selectionStart ?? e.target.value.length))}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-name`}
          testPrefix="hub"
          name="deviceName"
          label={t('headOffice.enroll.deviceName')}
          error={errors.deviceName}
          hint={t('headOffice.enroll.deviceNameHint')}
        >
          {(props) => (
            <input {...props} value={deviceName} maxLength={100} disabled={busy} onChange={(e) => setDeviceName(e.target.value)} />
          )}
        </FormField>
      </div>
    </HubForm>
  );
}
