import type { OverlayElement, PartId } from './overlayParts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Canvas {
  width: number;
  height: number;
}

/** A text part's design: its box inside the element, the largest and smallest font, how many lines it may take. */
export interface TextSpec {
  box: Box;
  maxPx: number;
  minPx: number;
  lines: number;
  bold?: boolean;
  align?: 'left' | 'center';
}

export interface ElementSpec {
  box: Box;
  /** Boxes of non-text parts, relative to the element. */
  boxes: Partial<Record<PartId, Box>>;
  texts: Partial<Record<PartId, TextSpec>>;
}

/**
 * A layout designed for one canvas shape at a reference size; other sizes of that shape scale it. Element boxes lie
 * inside the title-safe area and never overlap one another, so any mix of cues can be on air at once.
 */
export interface NamedLayout {
  name: LayoutName;
  reference: Canvas;
  /** Title-safe area at the reference size. */
  safe: Box;
  elements: Record<OverlayElement, ElementSpec>;
}

export type LayoutName = 'vertical' | 'landscape';

const b = (x: number, y: number, width: number, height: number): Box => ({ x, y, width, height });

/** Coupon, flash sale and giveaway share one design (a panel 380 wide): heading, big figure, a line, big countdown. */
const offerPanel = (height: number, first: PartId, big: PartId, line: PartId, countdown: PartId, panel: PartId): ElementSpec => ({
  box: b(0, 0, 380, height),
  boxes: { [panel]: b(0, 0, 380, height) },
  texts: {
    [first]: { box: b(20, 18, 340, 52), maxPx: 34, minPx: 22, lines: 1, bold: true },
    [big]: { box: b(20, 76, 340, 120), maxPx: 84, minPx: 40, lines: 1, bold: true },
    [line]: { box: b(20, 198, 340, 44), maxPx: 30, minPx: 20, lines: 1 },
    [countdown]: { box: b(20, height - 136, 340, 118), maxPx: 84, minPx: 48, lines: 1, bold: true, align: 'center' },
  },
});

const giveaway = (): ElementSpec => ({
  box: b(0, 0, 380, 420),
  boxes: { 'giveaway.panel': b(0, 0, 380, 420) },
  texts: {
    'giveaway.heading': { box: b(20, 18, 340, 52), maxPx: 34, minPx: 22, lines: 1, bold: true },
    'giveaway.prize': { box: b(20, 76, 340, 118), maxPx: 42, minPx: 26, lines: 2, bold: true },
    'giveaway.entry': { box: b(20, 198, 340, 80), maxPx: 28, minPx: 20, lines: 2 },
    'giveaway.countdown': { box: b(20, 290, 340, 112), maxPx: 80, minPx: 48, lines: 1, bold: true, align: 'center' },
  },
});

const task = (width: number): ElementSpec => ({
  box: b(0, 0, width, 176),
  boxes: {
    'task.panel': b(0, 0, width, 176),
    'task.barTrack': b(20, 126, width - 40, 30),
    'task.barFill': b(20, 126, width - 40, 30),
  },
  texts: {
    'task.title': { box: b(20, 14, width - 40, 52), maxPx: 34, minPx: 22, lines: 1, bold: true },
    'task.progress': { box: b(20, 70, width - 40, 48), maxPx: 30, minPx: 20, lines: 1 },
  },
});

/** The product card: image on the left, badge, title (two lines at most), live price large, list price struck through. */
const product = (width: number, height: number, image: number, pad: number, scale: number): ElementSpec => {
  const x = pad + image + pad;
  const w = width - x - pad;
  const s = (n: number) => Math.round(n * scale);
  return {
    box: b(0, 0, width, height),
    boxes: {
      'product.panel': b(0, 0, width, height),
      'product.image': b(pad, pad, image, image),
      'product.badgeBg': b(x, pad, w, s(56)),
    },
    texts: {
      'product.badge': { box: b(x + s(14), pad, w - s(28), s(56)), maxPx: s(32), minPx: s(22), lines: 1, bold: true },
      'product.title': { box: b(x, pad + s(70), w, s(128)), maxPx: s(44), minPx: s(36), lines: 2, bold: true },
      'product.price': { box: b(x, pad + s(204), w, s(118)), maxPx: s(84), minPx: s(44), lines: 1, bold: true },
      'product.listPrice': { box: b(x, pad + s(324), w, s(50)), maxPx: s(34), minPx: s(22), lines: 1 },
    },
  };
};

const at = (spec: ElementSpec, x: number, y: number): ElementSpec => ({ ...spec, box: { ...spec.box, x, y } });

/** The product card of a product with no picture: its texts take the picture's place instead of leaving a hole. */
export function withoutImage(spec: ElementSpec): ElementSpec {
  const image = spec.boxes['product.image'];
  if (!image) return spec;
  const shift = (box: Box): Box => (box.x > image.x ? { ...box, x: image.x, width: box.width + (box.x - image.x) } : box);
  const boxes = Object.fromEntries(Object.entries(spec.boxes).map(([id, box]) => [id, id === 'product.panel' ? box : shift(box)]));
  const texts = Object.fromEntries(Object.entries(spec.texts).map(([id, text]) => [id, { ...text, box: shift(text.box) }]));
  return { ...spec, boxes, texts };
}

/** 9:16, what phone viewers see: graphics hug the sides and the bottom, the host's face stays clear in the middle. */
const VERTICAL: NamedLayout = {
  name: 'vertical',
  reference: { width: 1080, height: 1920 },
  safe: b(54, 96, 972, 1728),
  elements: {
    logo: { box: b(54, 200, 220, 110), boxes: { 'logo.image': b(0, 0, 220, 110) }, texts: {} },
    task: at(task(460), 566, 200),
    giveaway: at(giveaway(), 54, 420),
    coupon: at(offerPanel(400, 'coupon.name', 'coupon.value', 'coupon.condition', 'coupon.countdown', 'coupon.panel'), 646, 420),
    flashSale: at(
      offerPanel(400, 'flashSale.heading', 'flashSale.price', 'flashSale.quantity', 'flashSale.countdown', 'flashSale.panel'),
      646,
      860,
    ),
    product: at(product(972, 420, 372, 24, 1), 54, 1300),
  },
};

/** 16:9 (1920×1080, 1280×720): the card bottom-left, offers in the right column, the giveaway under the logo. */
const LANDSCAPE: NamedLayout = {
  name: 'landscape',
  reference: { width: 1920, height: 1080 },
  safe: b(96, 54, 1728, 972),
  elements: {
    logo: { box: b(96, 54, 240, 120), boxes: { 'logo.image': b(0, 0, 240, 120) }, texts: {} },
    task: at(task(480), 1344, 54),
    giveaway: at(giveaway(), 96, 200),
    coupon: at(offerPanel(380, 'coupon.name', 'coupon.value', 'coupon.condition', 'coupon.countdown', 'coupon.panel'), 1444, 250),
    flashSale: at(
      offerPanel(380, 'flashSale.heading', 'flashSale.price', 'flashSale.quantity', 'flashSale.countdown', 'flashSale.panel'),
      1444,
      646,
    ),
    product: at(product(900, 360, 320, 20, 0.86), 96, 666),
  },
};

/** Portrait canvases take the vertical layout, everything else the landscape one. */
export const layoutFor = (canvas: Canvas): NamedLayout => (canvas.height > canvas.width ? VERTICAL : LANDSCAPE);
