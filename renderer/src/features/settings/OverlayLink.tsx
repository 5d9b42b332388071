import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useAppState } from '../../state/AppStateContext';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { createOverlayLinkStore } from './overlayLinkStore';

/** Puts text on the clipboard; where the Clipboard API is refused (the app denies browser permissions) the selected field is copied. */
async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** The overlay page's link for OBS's browser source, with copy, a new link on request, and how to add it in OBS. */
export function OverlayLink() {
  const { t } = useTranslation();
  const { client } = useAppState();
  const bound = useMemo(() => createOverlayLinkStore(client), [client]);
  useEffect(() => () => bound.dispose(), [bound]);
  const { info, error, rotating, rotated } = useStore(bound.store);
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);

  const onCopy = async () => {
    if (!info?.url) return;
    setCopied((await copyText(info.url, field.current)) ? 'ok' : 'failed');
  };

  let state: ReactNode;
  if (info === null)
    state = <p className="muted">{error ? t('streamGraphics.link.loadFailed', { message: error }) : t('streamGraphics.link.loading')}</p>;
  else if (info.url === null)
    state = (
      <p className="notice notice--warn" data-testid="overlay-link-problem" data-problem={info.problem ?? 'none'}>
        {info.problem ? t(`streamGraphics.link.problem.${info.problem}`, { port: info.port ?? '' }) : t('streamGraphics.link.notServed')}
      </p>
    );
  else
    state = (
      <div className="field">
        <label className="field__label" htmlFor="overlay-url">
          {t('streamGraphics.link.url')}
        </label>
        <div className="stream-link__row">
          <input
            ref={field}
            id="overlay-url"
            className="pfield__control field__control stream-link__url"
            data-testid="overlay-url"
            readOnly
            value={info.url}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="button button--primary" data-testid="overlay-url-copy" onClick={() => void onCopy()}>
            {t('streamGraphics.link.copy')}
          </button>
          <ConfirmButton
            label={t('streamGraphics.link.rotate')}
            question={t('streamGraphics.link.rotateConfirm')}
            yes={t('streamGraphics.link.rotateYes')}
            no={t('streamGraphics.link.rotateNo')}
            className="button button--quiet"
            testId="overlay-url-rotate"
            disabled={rotating}
            onConfirm={() => {
              setCopied(null);
              void bound.store.getState().rotate();
            }}
          />
        </div>
        {info.port !== null && <p className="field__hint">{t('streamGraphics.link.port', { port: info.port })}</p>}
        <p className="field__status" role="status">
          {copied === 'ok' ? t('streamGraphics.link.copied') : rotated ? t('streamGraphics.link.rotated') : ''}
        </p>
        {copied === 'failed' && <p className="field__error">{t('streamGraphics.link.copyFailed')}</p>}
        {error && <p className="field__error">{t('streamGraphics.link.loadFailed', { message: error })}</p>}
      </div>
    );

  return (
    <div className="stream-link" data-testid="overlay-link">
      <h3 className="field__label">{t('streamGraphics.link.title')}</h3>
      <p className="field__hint">{t('streamGraphics.link.intro')}</p>
      {state}
      <div>
        <h4 className="stream-link__steps-title">{t('streamGraphics.link.stepsTitle')}</h4>
        <ol className="stream-link__steps">
          <li>{t('streamGraphics.link.step1')}</li>
          <li>{t('streamGraphics.link.step2')}</li>
          <li>{t('streamGraphics.link.step3')}</li>
          <li>{t('streamGraphics.link.step4')}</li>
        </ol>
      </div>
    </div>
  );
}
