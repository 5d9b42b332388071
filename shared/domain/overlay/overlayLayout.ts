import { formatCountdown, formatPriceFen } from '../runtime/templates';
import { type Box, type Canvas, type ElementSpec, type LayoutName, layoutFor, type TextSpec, withoutImage } from './namedLayouts';
import type { OverlayContent, OverlayImage } from './overlayContent';
import { type OverlayElement, PART_IDS, type PartId } from './overlayParts';
import type { OverlayTheme } from './overlayTheme';
import {
  couponConditionText,
  couponValueText,
  giveawayEntry,
  giveawayHeading,
  overlayWords,
  quantityText,
  taskTitle,
} from './overlayWords';
import { fitText, lineHeight, textWidth } from './textFit';

export interface TextPart {
  kind: 'text';
  id: PartId;
  box: Box;
  lines: string[];
  fontPx: number;
  bold: boolean;
  colour: string;
  align: 'left' | 'center';
}
export interface RectPart {
  kind: 'rect';
  id: PartId;
  box: Box;
  colour: string;
  opacity: number;
}
export interface ImagePart {
  kind: 'image';
  id: PartId;
  box: Box;
  image: OverlayImage;
}
export type LayoutPart = TextPart | RectPart | ImagePart;

/** Boxes in canvas pixels (integers) of every part to show now, in drawing order; parts not listed are hidden. */
export interface OverlayLayout {
  canvas: Canvas;
  name: LayoutName;
  safe: Box;
  /** Element boxes of the elements shown. */
  elements: Partial<Record<OverlayElement, Box>>;
  parts: LayoutPart[];
}

export type LayoutTheme = Pick<OverlayTheme, 'accent' | 'text' | 'panel' | 'panelOpacity' | 'language'>;

interface Scale {
  sx: number;
  sy: number;
  /** Fonts scale with the smaller axis, so text keeps its proportions on any canvas of the shape. */
  font: number;
}

const scaleBox = (box: Box, s: Scale, origin: { x: number; y: number } = { x: 0, y: 0 }): Box => {
  const x = Math.round((origin.x + box.x) * s.sx);
  const y = Math.round((origin.y + box.y) * s.sy);
  return {
    x,
    y,
    width: Math.max(1, Math.round((origin.x + box.x + box.width) * s.sx) - x),
    height: Math.max(1, Math.round((origin.y + box.y + box.height) * s.sy) - y),
  };
};

class Builder {
  readonly parts: LayoutPart[] = [];
  readonly elements: Partial<Record<OverlayElement, Box>> = {};
  constructor(
    readonly scale: Scale,
    readonly theme: LayoutTheme,
  ) {}

  element(id: OverlayElement, spec: ElementSpec): ElementBuilder {
    this.elements[id] = scaleBox(spec.box, this.scale);
    return new ElementBuilder(this, spec);
  }
}

class ElementBuilder {
  constructor(
    readonly b: Builder,
    readonly spec: ElementSpec,
  ) {}

  box(id: PartId): Box {
    const box = this.spec.boxes[id] ?? this.spec.texts[id]?.box;
    if (!box) throw new Error(`layout has no box for ${id}`);
    return scaleBox(box, this.b.scale, this.spec.box);
  }

  rect(id: PartId, colour: string, opacity = 1, box: Box = this.box(id)): void {
    this.b.parts.push({ kind: 'rect', id, box, colour, opacity });
  }

  panel(id: PartId): void {
    this.rect(id, this.b.theme.panel, this.b.theme.panelOpacity);
  }

  text(id: PartId, text: string, colour: string = this.b.theme.text): TextPart | null {
    const spec: TextSpec | undefined = this.spec.texts[id];
    if (!spec || text.trim() === '') return null;
    const box = this.box(id);
    const f = this.b.scale.font;
    const fit = fitText(text, box, spec.maxPx * f, spec.minPx * f, spec.lines, spec.bold === true);
    const part: TextPart = {
      kind: 'text',
      id,
      box,
      lines: fit.lines,
      fontPx: fit.fontPx,
      bold: spec.bold === true,
      colour,
      align: spec.align ?? 'left',
    };
    this.b.parts.push(part);
    return part;
  }

  image(id: PartId, image: OverlayImage | null): void {
    if (image) this.b.parts.push({ kind: 'image', id, box: this.box(id), image });
  }
}

const DRAW_ORDER = new Map(PART_IDS.map((id, i) => [id, i]));

const countdownText = (deadlineAt: number | null, now: number): string => (deadlineAt === null ? '' : formatCountdown(deadlineAt - now));

/**
 * Where each graphic goes on this canvas and what it says at `now`: the named layout for the canvas shape, scaled to
 * its size, with texts wrapped and fitted into their boxes. Pure and cheap (called every second for a countdown),
 * and the only place positions come from: the OBS renderer and the overlay page draw exactly this.
 */
export function layoutOverlay(
  canvas: Canvas,
  content: OverlayContent,
  theme: LayoutTheme,
  now: number,
  logo: OverlayImage | null = null,
): OverlayLayout {
  const named = layoutFor(canvas);
  const sx = canvas.width / named.reference.width;
  const sy = canvas.height / named.reference.height;
  const b = new Builder({ sx, sy, font: Math.min(sx, sy) }, theme);
  const w = overlayWords(theme.language);
  const el = named.elements;

  if (logo) b.element('logo', el.logo).image('logo.image', logo);

  const task = content.task;
  if (task) {
    const e = b.element('task', el.task);
    e.panel('task.panel');
    e.text('task.title', taskTitle(task));
    const clock = countdownText(task.deadlineAt, now);
    e.text('task.progress', `${task.reached} / ${task.target}${clock ? `   ${clock}` : ''}`);
    const track = e.box('task.barTrack');
    e.rect('task.barTrack', theme.text, 0.25, track);
    const ratio = task.target > 0 ? Math.min(1, Math.max(0, task.reached / task.target)) : 0;
    const fill = Math.round(track.width * ratio);
    if (fill > 0) e.rect('task.barFill', theme.accent, 1, { ...track, width: fill });
  }

  const giveaway = content.giveaway;
  if (giveaway) {
    const e = b.element('giveaway', el.giveaway);
    e.panel('giveaway.panel');
    e.text('giveaway.heading', giveawayHeading(giveaway, theme.language));
    e.text('giveaway.prize', giveaway.prize || giveaway.title);
    e.text('giveaway.entry', giveawayEntry(giveaway, theme.language));
    e.text('giveaway.countdown', countdownText(giveaway.deadlineAt, now), theme.accent);
  }

  const coupon = content.coupon;
  if (coupon) {
    const e = b.element('coupon', el.coupon);
    e.panel('coupon.panel');
    e.text('coupon.name', coupon.name);
    e.text('coupon.value', couponValueText(coupon, theme.language), theme.accent);
    e.text('coupon.condition', couponConditionText(coupon, theme.language));
    e.text('coupon.countdown', countdownText(coupon.deadlineAt, now), theme.accent);
  }

  const flash = content.flashSale;
  if (flash) {
    const e = b.element('flashSale', el.flashSale);
    e.panel('flashSale.panel');
    e.text('flashSale.heading', w.flashHeading);
    e.text('flashSale.price', flash.priceFen === null ? '' : formatPriceFen(flash.priceFen), theme.accent);
    e.text('flashSale.quantity', quantityText(flash.quantityLeft, theme.language));
    e.text('flashSale.countdown', countdownText(flash.deadlineAt, now), theme.accent);
  }

  const product = content.product;
  if (product) {
    const e = b.element('product', product.image ? el.product : withoutImage(el.product));
    e.panel('product.panel');
    e.image('product.image', product.image);
    const badge = product.badge === null ? '' : product.badge.kind === 'flash' ? w.flashBadge : product.badge.name;
    if (badge) {
      const text = e.text('product.badge', badge);
      if (text) {
        // The badge's background hugs its text; it is drawn before the text (see PART_IDS order).
        const bg = e.box('product.badgeBg');
        const pad = Math.round(14 * b.scale.font);
        const width = Math.min(bg.width, Math.ceil(textWidth(text.lines[0] ?? '', text.fontPx, true)) + pad * 2);
        e.rect('product.badgeBg', theme.accent, 1, { ...bg, width });
      }
    }
    e.text('product.title', product.title);
    const live = product.livePriceFen;
    e.text('product.price', live === null ? '' : formatPriceFen(live), theme.accent);
    const list = product.listPriceFen;
    if (list !== null && (live === null || list > live)) {
      const text = e.text('product.listPrice', formatPriceFen(list));
      if (text) {
        // Struck through: a line across the price's width (the estimate runs wide on purpose, so a little less of it),
        // at mid-height of its first line.
        const width = Math.min(text.box.width, Math.ceil(textWidth(text.lines[0] ?? '', text.fontPx) * 0.9));
        const thickness = Math.max(2, Math.round(text.fontPx / 14));
        const y = text.box.y + Math.round(lineHeight(text.fontPx) / 2) - Math.floor(thickness / 2);
        e.rect('product.strike', theme.text, 1, { x: text.box.x, y, width, height: thickness });
      }
    }
  }

  // Drawing order is the parts' catalogue order, whatever order they were laid out in.
  b.parts.sort((p, q) => (DRAW_ORDER.get(p.id) ?? 0) - (DRAW_ORDER.get(q.id) ?? 0));
  return { canvas, name: named.name, safe: scaleBox(named.safe, b.scale), elements: b.elements, parts: b.parts };
}
