import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreApi } from 'zustand/vanilla';
import type { Canvas } from '../../../../shared/domain/overlay/namedLayouts';
import type { OverlayTheme } from '../../../../shared/domain/overlay/overlayTheme';
import { type ImageCacheState, useImageUrls } from '../../overlay/imageCache';
import { OverlayView } from '../../overlay/OverlayView';
import { SAMPLE_IMAGE_KEY, SAMPLE_IMAGE_URL, sampleContent } from './previewSamples';

const SHAPES = {
  vertical: { canvas: { width: 1080, height: 1920 }, scale: 0.2 },
  landscape: { canvas: { width: 1920, height: 1080 }, scale: 0.28 },
} as const satisfies Record<string, { canvas: Canvas; scale: number }>;

const localNow = () => Date.now();

/**
 * The theme being edited on sample graphics, drawn by the overlay page's own renderer at one canvas shape, scaled
 * down: the vertical one sits beside the form, the landscape one under it, so a change shows where it is made.
 */
export function OverlayPreview({
  theme,
  images,
  shape,
}: {
  theme: OverlayTheme;
  images: StoreApi<ImageCacheState>;
  shape: keyof typeof SHAPES;
}) {
  const { t } = useTranslation();
  const { canvas, scale } = SHAPES[shape];
  const [start] = useState(localNow);
  const content = useMemo(() => sampleContent(theme.language, start), [theme.language, start]);
  const logo = useMemo(() => (theme.logo === null ? null : { hash: theme.logo, path: null }), [theme.logo]);
  const stored = useImageUrls(images, [theme.logo]);
  const imageUrl = (hash: string) => (hash === SAMPLE_IMAGE_KEY ? SAMPLE_IMAGE_URL : stored(hash));

  return (
    <figure className={`overlay-preview overlay-preview--${shape}`}>
      <div
        className="overlay-preview__frame"
        data-testid={`overlay-preview-${shape}`}
        style={{ width: Math.round(canvas.width * scale), height: Math.round(canvas.height * scale) }}
      >
        <div style={{ transform: `scale(${scale})`, transformOrigin: '0 0' }}>
          <OverlayView canvas={canvas} content={content} theme={theme} logo={logo} serverNow={localNow} imageUrl={imageUrl} />
        </div>
      </div>
      <figcaption className="field__hint">{t(`streamGraphics.preview.${shape}`, { ...canvas })}</figcaption>
    </figure>
  );
}
