import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { layoutOverlay } from '../../../shared/domain/overlay/overlayLayout';
import { defaultOverlayTheme } from '../../../shared/domain/overlay/overlayTheme';
import { everything, OVERLAY_NOW as NOW } from '../../../test/support/domain/overlayFixtures';
import { OverlayView } from './OverlayView';

const canvas = { width: 1080, height: 1920 };

function render(imageUrl: (hash: string) => string | undefined = () => undefined) {
  const content = everything();
  content.product = { ...content.product, image: { hash: 'p'.repeat(64), path: null } };
  const html = renderToStaticMarkup(
    <OverlayView
      canvas={canvas}
      content={content}
      theme={defaultOverlayTheme}
      logo={{ hash: 'l'.repeat(64), path: null }}
      serverNow={() => NOW}
      imageUrl={imageUrl}
      testId="t"
    />,
  );
  const doc = new DOMParserLike(html);
  return { html, doc, layout: layoutOverlay(canvas, content, defaultOverlayTheme, NOW, { hash: 'l'.repeat(64), path: null }) };
}

/** Just enough parsing of the static markup to read each part's attributes (no DOM in the unit tests). */
class DOMParserLike {
  readonly parts: Map<string, string>;
  constructor(html: string) {
    this.parts = new Map([...html.matchAll(/<(?:div|img) data-part="([^"]+)"([^>]*)>/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
  }
}

describe('OverlayView', () => {
  it('draws every part of the layout at its box, texts with their lines, size and colour', () => {
    const { doc, layout, html } = render((hash) => `data:image/png;base64,${hash.slice(0, 4)}`);
    expect(html).toContain('data-layout="vertical"');
    expect(html).toContain('width:1080px;height:1920px');
    expect([...doc.parts.keys()]).toEqual(layout.parts.map((p) => p.id));
    for (const part of layout.parts) {
      const attrs = doc.parts.get(part.id) ?? '';
      expect(attrs, part.id).toContain(`left:${part.box.x}px;top:${part.box.y}px;width:${part.box.width}px;height:${part.box.height}px`);
      if (part.kind === 'text') {
        expect(attrs).toContain(`color:${part.colour}`);
        expect(attrs).toContain(`font-size:${part.fontPx}px`);
      }
      if (part.kind === 'rect') expect(attrs).toContain(`opacity:${part.opacity}`);
    }
    const title = layout.parts.find((p) => p.id === 'product.title');
    expect(title?.kind === 'text' && html).toContain(`>${title?.kind === 'text' ? title.lines.join('\n') : ''}</div>`);
    expect(html).toContain('>04:59</div>');
    expect(doc.parts.get('product.image')).toContain('src="data:image/png;base64,pppp"');
  });

  it('leaves an image out until it has been read', () => {
    const { doc } = render();
    expect(doc.parts.has('product.image')).toBe(false);
    expect(doc.parts.has('logo.image')).toBe(false);
    expect(doc.parts.has('product.panel')).toBe(true);
  });
});
