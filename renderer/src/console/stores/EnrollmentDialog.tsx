import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleStore, EnrollmentCodeResponse } from '../../../../shared/api/hub/hubConsole';
import { useDateTime } from '../../format/useDateTime';
import { Dialog } from '../../ui/Dialog';
import { problemText } from '../shell/problemText';

interface EnrollmentDialogProps {
  store: ConsoleStore;
  /** The request, made by the click that opened the dialog (so a re-render never asks for a second code). */
  issuing: Promise<EnrollmentCodeResponse>;
  onClose(): void;
}

/** The hub's SVG as an image source: shown as a picture, never put into the page as markup. */
export const svgDataUrl = (svg: string): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** A fresh one-time code for a store PC: large enough to read across a desk, with its QR code and expiry. */
export function EnrollmentDialog({ store, issuing, onClose }: EnrollmentDialogProps) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const [answer, setAnswer] = useState<EnrollmentCodeResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    issuing.then(
      (a) => live && setAnswer(a),
      (e: unknown) => live && setError(t('console.enroll.failed', { message: problemText(t, e, { once: true }) })),
    );
    return () => {
      live = false;
    };
  }, [issuing, t]);

  return (
    <Dialog
      title={t('console.enroll.title', { name: store.name })}
      onCancel={onClose}
      testId="enrollment-dialog"
      actions={
        <button type="button" className="button" onClick={onClose} data-testid="enrollment-close">
          {t('console.enroll.close')}
        </button>
      }
    >
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {!error && answer === null && <p className="muted">{t('console.enroll.making')}</p>}
      {answer && (
        <div className="console-enroll">
          <p>{t('console.enroll.intro')}</p>
          <p className="console-enroll__code" data-testid="enrollment-code">
            {answer.code}
          </p>
          <img className="console-enroll__qr" src={svgDataUrl(answer.qrSvg)} alt={t('console.enroll.qr')} data-testid="enrollment-qr" />
          {/* The store PC asks for the address too: the one this console was opened at. */}
          <p data-testid="enrollment-hub-url">{t('console.enroll.hubUrl', { url: window.location.origin })}</p>
          <p className="muted" data-testid="enrollment-expires">
            {t('console.enroll.expires', { when: dateTime(answer.expiresAt) })}
          </p>
        </div>
      )}
    </Dialog>
  );
}
