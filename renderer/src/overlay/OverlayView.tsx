import { type CSSProperties, useCallback, useEffect, useMemo, useRef } from 'react';
import type { Box, Canvas } from '../../../shared/domain/overlay/namedLayouts';
import type { OverlayContent, OverlayImage } from '../../../shared/domain/overlay/overlayContent';
import { type LayoutPart, type LayoutTheme, layoutOverlay } from '../../../shared/domain/overlay/overlayLayout';
import { partElement } from '../../../shared/domain/overlay/overlayParts';
import { lineHeight } from '../../../shared/domain/overlay/textFit';
import { clockText, clockTexts } from './clockTexts';
import './overlayView.css';

export interface OverlayViewProps {
  canvas: Canvas;
  content: OverlayContent;
  theme: LayoutTheme;
  logo: OverlayImage | null;
  /** The server's clock (the local one plus its measured offset): countdowns run to the backend's deadlines. */
  serverNow: () => number;
  /** A stored image's URL by hash, once it has been read; undefined until then. */
  imageUrl: (hash: string) => string | undefined;
  testId?: string;
}

const boxStyle = (box: Box): CSSProperties => ({ left: box.x, top: box.y, width: box.width, height: box.height });

/**
 * LiveCue's graphics as HTML: exactly the boxes `layoutOverlay` gives, in canvas pixels. The overlay page draws it
 * full size for OBS's browser source; the settings screen draws it scaled down as the preview. The layout is made
 * again only when the canvas, the content, the theme or the logo change; countdowns tick every frame from their
 * absolute deadlines by rewriting their own text, nothing else.
 */
export function OverlayView({ canvas, content, theme, logo, serverNow, imageUrl, testId }: OverlayViewProps) {
  const clock = useRef(serverNow);
  clock.current = serverNow;
  // How many times this view has laid its graphics out (shown as data-layouts, for diagnosis and tests).
  const layouts = useRef(0);
  const { layout, clocks } = useMemo(() => {
    layouts.current += 1;
    const laidOutAt = clock.current();
    const layout = layoutOverlay(canvas, content, theme, laidOutAt, logo);
    return { layout, clocks: clockTexts(layout, content, laidOutAt) };
  }, [canvas, content, theme, logo]);

  // The text node of each ticking part: the tick changes its value in place, so React's own node stays the one shown.
  const nodes = useRef(new Map<string, Text>());
  const register = useCallback(
    (id: string) => (element: HTMLElement | null) => {
      const node = element?.firstChild;
      if (node instanceof Text) nodes.current.set(id, node);
      else nodes.current.delete(id);
    },
    [],
  );
  useEffect(() => {
    if (clocks.length === 0) return;
    let frame = 0;
    const tick = () => {
      const now = clock.current();
      for (const c of clocks) {
        const node = nodes.current.get(c.id);
        const text = clockText(c, now);
        if (node && node.nodeValue !== text) node.nodeValue = text;
      }
      frame = requestAnimationFrame(tick);
    };
    tick();
    return () => cancelAnimationFrame(frame);
  }, [clocks]);

  const ticking = new Set(clocks.map((c) => c.id));
  return (
    <div
      className="overlay-view"
      data-testid={testId}
      data-layout={layout.name}
      data-layouts={layouts.current}
      style={{ width: canvas.width, height: canvas.height }}
    >
      {layout.parts.map((part) => (
        <Part key={part.id} part={part} imageUrl={imageUrl} tickRef={ticking.has(part.id) ? register(part.id) : undefined} />
      ))}
    </div>
  );
}

function Part({
  part,
  imageUrl,
  tickRef,
}: {
  part: LayoutPart;
  imageUrl: (hash: string) => string | undefined;
  tickRef: ((element: HTMLElement | null) => void) | undefined;
}) {
  const common = { 'data-part': part.id, 'data-kind': part.kind, 'data-element': partElement(part.id) };
  switch (part.kind) {
    case 'rect':
      return <div {...common} className="overlay-part" style={{ ...boxStyle(part.box), background: part.colour, opacity: part.opacity }} />;
    case 'image': {
      const url = part.image.hash === null ? undefined : imageUrl(part.image.hash);
      // A picture still being read (or only on disk, for OBS) leaves its box empty rather than broken.
      if (url === undefined) return null;
      return <img {...common} className="overlay-part overlay-part--image" style={boxStyle(part.box)} src={url} alt="" />;
    }
    case 'text':
      return (
        <div
          {...common}
          ref={tickRef}
          className="overlay-part overlay-part--text"
          style={{
            ...boxStyle(part.box),
            color: part.colour,
            fontSize: part.fontPx,
            lineHeight: `${lineHeight(part.fontPx)}px`,
            fontWeight: part.bold ? 700 : 400,
            textAlign: part.align,
          }}
        >
          {part.lines.join('\n')}
        </div>
      );
  }
}
