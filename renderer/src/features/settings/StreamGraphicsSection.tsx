import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultOverlayTheme, type OverlayTheme } from '../../../../shared/domain/overlay/overlayTheme';
import { imageCacheFor } from '../../overlay/imageCache';
import { useAppState, useConnection, useSettings } from '../../state/AppStateContext';
import { LogoField } from './LogoField';
import { OverlayLink } from './OverlayLink';
import { OverlayPreview } from './OverlayPreview';
import { opacityFromPercent, opacityPercent, sameTheme, themeColour } from './themeForm';

type ColourKey = 'accent' | 'text' | 'panel';
const COLOURS: ColourKey[] = ['accent', 'text', 'panel'];

/**
 * Settings → 直播画面: the look of LiveCue's graphics (colours, panel opacity, brand logo, language of the words it
 * adds), edited as a draft with a live preview drawn by the overlay page's own renderer, then saved to the
 * `overlayTheme` setting, which both renderers follow at once. Below it, the overlay page's link for OBS.
 */
export function StreamGraphicsSection() {
  const { t } = useTranslation();
  const { client } = useAppState();
  const stored = useSettings((s) => s.settings?.overlayTheme ?? null);
  const saving = useSettings((s) => s.saving);
  const saveError = useSettings((s) => s.saveError);
  const update = useSettings((s) => s.update);
  const connected = useConnection((s) => s.status.state === 'connected');
  const images = useMemo(() => imageCacheFor(client), [client]);
  const [draft, setDraft] = useState<OverlayTheme | null>(stored);
  const [saved, setSaved] = useState(false);

  // The draft follows the stored theme whenever it changes (saved here or in another window).
  const storedKey = JSON.stringify(stored);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by value; `stored` is a new object on every settings push
  useEffect(() => {
    setDraft(stored);
  }, [storedKey]);

  const disabled = draft === null || !connected || saving;
  const dirty = draft !== null && !sameTheme(draft, stored);
  const change = (patch: Partial<OverlayTheme>) => {
    setSaved(false);
    setDraft((d) => (d === null ? d : { ...d, ...patch }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft === null) return;
    setSaved(false);
    await update({ overlayTheme: draft });
    setSaved(true);
  };

  return (
    <section className="panel stream-graphics" aria-labelledby="settings-stream-title" data-testid="settings-stream-graphics">
      <h2 className="panel__title" id="settings-stream-title">
        {t('streamGraphics.title')}
      </h2>
      <p className="field__hint">{t('streamGraphics.intro')}</p>
      {draft && (
        <div className="stream-graphics__body">
          <form className="settings__form stream-graphics__form" onSubmit={onSubmit} noValidate>
            <div className="stream-graphics__colours">
              {COLOURS.map((key) => (
                <div className="field" key={key}>
                  <label className="field__label" htmlFor={`overlay-${key}`}>
                    {t(`streamGraphics.${key}`)}
                  </label>
                  <span className="stream-graphics__swatch">
                    <input
                      id={`overlay-${key}`}
                      type="color"
                      data-testid={`overlay-${key}`}
                      value={draft[key].toLowerCase()}
                      disabled={disabled}
                      onChange={(e) => {
                        const colour = themeColour(e.target.value);
                        if (colour) change({ [key]: colour });
                      }}
                    />
                    <code>{draft[key]}</code>
                  </span>
                </div>
              ))}
            </div>
            <p className="field__hint">{t('streamGraphics.coloursHint')}</p>
            <div className="field">
              <label className="field__label" htmlFor="overlay-opacity">
                {t('streamGraphics.opacity')}
              </label>
              <span className="stream-graphics__swatch">
                <input
                  id="overlay-opacity"
                  type="range"
                  min={0}
                  max={100}
                  step={1}
                  data-testid="overlay-opacity"
                  value={opacityPercent(draft)}
                  disabled={disabled}
                  onChange={(e) => change({ panelOpacity: opacityFromPercent(Number(e.target.value)) })}
                />
                <output htmlFor="overlay-opacity">{opacityPercent(draft)}%</output>
              </span>
            </div>
            <LogoField logo={draft.logo} disabled={disabled} images={images} onChange={(logo) => change({ logo })} />
            <fieldset className="field stream-graphics__language">
              <legend className="field__label">{t('streamGraphics.language')}</legend>
              <span className="stream-graphics__choices">
                {(['zh-CN', 'en'] as const).map((language) => (
                  <label className="settings__check" key={language}>
                    <input
                      type="radio"
                      name="overlay-language"
                      data-testid={`overlay-language-${language}`}
                      checked={draft.language === language}
                      disabled={disabled}
                      onChange={() => change({ language })}
                    />
                    {/* Each language is named in itself. */}
                    <span lang={language}>{language === 'zh-CN' ? '中文' : 'English'}</span>
                  </label>
                ))}
              </span>
              <p className="field__hint">{t('streamGraphics.languageHint')}</p>
            </fieldset>
            <div className="stream-graphics__buttons">
              <button type="submit" className="button button--primary" data-testid="overlay-theme-save" disabled={disabled || !dirty}>
                {t('streamGraphics.save')}
              </button>
              <button
                type="button"
                className="button button--quiet"
                data-testid="overlay-theme-reset"
                disabled={disabled}
                onClick={() => change({ ...defaultOverlayTheme, logo: draft.logo, language: draft.language })}
              >
                {t('streamGraphics.reset')}
              </button>
            </div>
            <p className="field__status" role="status">
              {dirty ? t('streamGraphics.unsaved') : saved && !saveError ? t('streamGraphics.saved') : ''}
            </p>
            {saveError && (
              <p className="field__error" role="alert">
                {t('streamGraphics.failed', { message: saveError })}
              </p>
            )}
          </form>
          <OverlayPreview theme={draft} images={images} shape="vertical" />
          <OverlayPreview theme={draft} images={images} shape="landscape" />
        </div>
      )}
      <OverlayLink />
    </section>
  );
}
