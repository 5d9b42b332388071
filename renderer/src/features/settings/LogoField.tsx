import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreApi } from 'zustand/vanilla';
import { bytesToBase64Async } from '../../files/base64';
import { type ImageCacheState, useImageUrls } from '../../overlay/imageCache';
import { useAppState } from '../../state/AppStateContext';
import { errorMessage } from '../../state/bound';

/** The brand logo of the graphics: shown on a checkerboard, uploaded into the image store (by hash), or removed. */
export function LogoField({
  logo,
  disabled,
  images,
  onChange,
}: {
  logo: string | null;
  disabled: boolean;
  images: StoreApi<ImageCacheState>;
  onChange(logo: string | null): void;
}) {
  const { t } = useTranslation();
  const { client } = useAppState();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const url = useImageUrls(images, [logo]);
  const shown = logo === null ? undefined : url(logo);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const dataBase64 = await bytesToBase64Async(new Uint8Array(await file.arrayBuffer()));
      onChange((await client.call('image.store', { dataBase64 })).hash);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="field">
      <span className="field__label">{t('streamGraphics.logo')}</span>
      <div className="stream-graphics__logo">
        {shown ? (
          <img className="stream-graphics__logo-img" src={shown} alt={t('streamGraphics.logo')} data-testid="overlay-logo-img" />
        ) : (
          <span className="muted">{t('streamGraphics.logoNone')}</span>
        )}
        <label className={`button${disabled || busy ? ' button--disabled' : ''}`}>
          {busy ? t('streamGraphics.logoUploading') : logo ? t('streamGraphics.logoReplace') : t('streamGraphics.logoUpload')}
          <input
            type="file"
            className="visually-hidden"
            accept="image/png,image/jpeg,image/webp,image/gif"
            data-testid="overlay-logo-file"
            disabled={disabled || busy}
            onChange={(e) => void onFile(e)}
          />
        </label>
        {logo && (
          <button
            type="button"
            className="button button--quiet"
            data-testid="overlay-logo-remove"
            disabled={disabled}
            onClick={() => onChange(null)}
          >
            {t('streamGraphics.logoRemove')}
          </button>
        )}
      </div>
      <p className="field__hint">{t('streamGraphics.logoHint')}</p>
      {error && (
        <p className="field__error" role="alert">
          {t('streamGraphics.logoFailed', { message: error })}
        </p>
      )}
    </div>
  );
}
