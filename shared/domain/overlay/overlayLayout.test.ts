import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { everything, OVERLAY_NOW as NOW } from '../../../test/support/domain/overlayFixtures';
import type { Box } from './namedLayouts';
import { layoutOverlay } from './overlayLayout';
import { partElement } from './overlayParts';
import { defaultOverlayTheme } from './overlayTheme';
import { textWidth } from './textFit';

const CANVASES = [
  { width: 1080, height: 1920 },
  { width: 720, height: 1280 },
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1440, height: 1080 },
];

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutOverlay', () => {
  for (const canvas of CANVASES) {
    it(`${canvas.width}×${canvas.height}: every graphic inside the title-safe area, none overlapping another`, () => {
      const layout = layoutOverlay(canvas, everything(), defaultOverlayTheme, NOW, { hash: 'x', path: null });
      const full = { x: 0, y: 0, ...canvas };
      expect(inside(layout.safe, full)).toBe(true);
      const boxes = Object.entries(layout.elements);
      expect(boxes).toHaveLength(6);
      for (const [id, box] of boxes) expect(inside(box, layout.safe), id).toBe(true);
      for (const [i, [a, boxA]] of boxes.entries())
        for (const [b, boxB] of boxes.slice(i + 1)) expect(overlap(boxA, boxB), `${a} overlaps ${b}`).toBe(false);
      for (const part of layout.parts) {
        const element = layout.elements[partElement(part.id)];
        expect(element && inside(part.box, element), part.id).toBe(true);
      }
    });

    it(`${canvas.width}×${canvas.height}: texts fit their boxes and do not overlap within a graphic`, () => {
      const layout = layoutOverlay(canvas, everything(), defaultOverlayTheme, NOW);
      const texts = layout.parts.flatMap((p) => (p.kind === 'text' ? [p] : []));
      for (const t of texts) {
        expect(t.lines.length * Math.ceil(t.fontPx * 1.36), `${t.id} height`).toBeLessThanOrEqual(t.box.height);
        for (const line of t.lines) expect(textWidth(line, t.fontPx, t.bold), `${t.id}: ${line}`).toBeLessThanOrEqual(t.box.width);
      }
      for (const [i, a] of texts.entries())
        for (const b of texts.slice(i + 1))
          if (a.id !== 'product.badge' && b.id !== 'product.badge') expect(overlap(a.box, b.box), `${a.id}/${b.id}`).toBe(false);
    });
  }

  it('wraps a 60-character Chinese title into two lines with an ellipsis, and shows the flash-sale figures', () => {
    const layout = layoutOverlay({ width: 1080, height: 1920 }, everything(), defaultOverlayTheme, NOW);
    const title = layout.parts.find((p) => p.id === 'product.title');
    expect(title?.kind === 'text' && title.lines).toHaveLength(2);
    expect(title?.kind === 'text' && title.lines[1]?.endsWith('…')).toBe(true);
    const text = (id: string) => layout.parts.flatMap((p) => (p.id === id && p.kind === 'text' ? p.lines : [])).join('\n');
    expect(text('flashSale.price')).toBe('¥9.90');
    expect(text('flashSale.quantity')).toBe('仅剩 48 件');
    expect(text('flashSale.countdown')).toBe('01:00');
    expect(text('coupon.value')).toBe('¥30');
    expect(text('coupon.condition')).toBe('满199可用 · 限 500 张');
    expect(text('coupon.countdown')).toBe('04:59');
    expect(text('giveaway.entry').replace('\n', '')).toBe('参与：关注主播并加入粉丝团，评论口令“上新啦”');
    expect(text('task.progress')).toBe('37 / 100');
    expect(text('product.listPrice')).toBe('¥1299');
  });

  it('counts down to the deadline, and the task bar fills with progress', () => {
    const content = everything();
    const at = (ms: number) => layoutOverlay({ width: 1280, height: 720 }, content, defaultOverlayTheme, NOW + ms);
    const countdown = (ms: number) => at(ms).parts.find((p) => p.id === 'coupon.countdown');
    expect(countdown(0)?.kind === 'text' && countdown(0)).toMatchObject({ lines: ['04:59'] });
    expect(countdown(1_500)).toMatchObject({ lines: ['04:58'] });
    const fill = at(0).parts.find((p) => p.id === 'task.barFill');
    const track = at(0).parts.find((p) => p.id === 'task.barTrack');
    expect(fill && track && fill.box.width / track.box.width).toBeCloseTo(0.37, 1);
    const none = layoutOverlay(
      { width: 1280, height: 720 },
      { ...content, task: { ...content.task, reached: 0 } },
      defaultOverlayTheme,
      NOW,
    );
    expect(none.parts.some((p) => p.id === 'task.barFill')).toBe(false);
  });

  it('a product with no picture gets its texts where the picture would be, inside the card', () => {
    const content = everything();
    content.product = { ...content.product, image: null };
    const layout = layoutOverlay({ width: 1920, height: 1080 }, content, defaultOverlayTheme, NOW);
    const title = layout.parts.find((p) => p.id === 'product.title');
    const card = layout.elements.product;
    expect(layout.parts.some((p) => p.id === 'product.image')).toBe(false);
    expect(title && card && title.box.x - card.x).toBeLessThan(40);
    for (const part of layout.parts) if (part.id.startsWith('product.') && card) expect(inside(part.box, card), part.id).toBe(true);
  });

  it('shows nothing for empty content, and no list price that is not higher than the live price', () => {
    expect(
      layoutOverlay(
        { width: 1920, height: 1080 },
        { product: null, coupon: null, flashSale: null, giveaway: null, task: null },
        defaultOverlayTheme,
        NOW,
      ).parts,
    ).toEqual([]);
    const same = everything();
    same.product = { ...same.product, listPriceFen: 89_900, badge: null };
    const ids = layoutOverlay({ width: 1920, height: 1080 }, same, defaultOverlayTheme, NOW).parts.map((p) => p.id);
    expect(ids).not.toContain('product.listPrice');
    expect(ids).not.toContain('product.strike');
    expect(ids).not.toContain('product.badgeBg');
  });

  it('holds for any title and prices on any 9:16 or 16:9 canvas', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.integer({ min: 0, max: 99_999_999_99 }),
        fc.constantFrom(...CANVASES),
        (title, price, canvas) => {
          const content = everything(title || 'x');
          content.product = { ...content.product, livePriceFen: price, listPriceFen: price * 2 };
          const layout = layoutOverlay(canvas, content, defaultOverlayTheme, NOW);
          for (const part of layout.parts) {
            const element = layout.elements[partElement(part.id)];
            expect(element && inside(part.box, element)).toBe(true);
            if (part.kind === 'text')
              for (const line of part.lines) expect(textWidth(line, part.fontPx, part.bold)).toBeLessThanOrEqual(part.box.width);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
