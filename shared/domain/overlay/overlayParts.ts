/**
 * Every piece LiveCue's graphics are made of. Each is one OBS source in the native renderer and one element on the
 * overlay page; the layout decides which are shown, where, and with what text.
 */
const OVERLAY_ELEMENTS = ['logo', 'task', 'giveaway', 'coupon', 'flashSale', 'product'] as const;
export type OverlayElement = (typeof OVERLAY_ELEMENTS)[number];

export type PartKind = 'rect' | 'text' | 'image';

const OVERLAY_PARTS = {
  'logo.image': { element: 'logo', kind: 'image' },
  'task.panel': { element: 'task', kind: 'rect' },
  'task.title': { element: 'task', kind: 'text' },
  'task.progress': { element: 'task', kind: 'text' },
  'task.barTrack': { element: 'task', kind: 'rect' },
  'task.barFill': { element: 'task', kind: 'rect' },
  'giveaway.panel': { element: 'giveaway', kind: 'rect' },
  'giveaway.heading': { element: 'giveaway', kind: 'text' },
  'giveaway.prize': { element: 'giveaway', kind: 'text' },
  'giveaway.entry': { element: 'giveaway', kind: 'text' },
  'giveaway.countdown': { element: 'giveaway', kind: 'text' },
  'coupon.panel': { element: 'coupon', kind: 'rect' },
  'coupon.name': { element: 'coupon', kind: 'text' },
  'coupon.value': { element: 'coupon', kind: 'text' },
  'coupon.condition': { element: 'coupon', kind: 'text' },
  'coupon.countdown': { element: 'coupon', kind: 'text' },
  'flashSale.panel': { element: 'flashSale', kind: 'rect' },
  'flashSale.heading': { element: 'flashSale', kind: 'text' },
  'flashSale.price': { element: 'flashSale', kind: 'text' },
  'flashSale.quantity': { element: 'flashSale', kind: 'text' },
  'flashSale.countdown': { element: 'flashSale', kind: 'text' },
  'product.panel': { element: 'product', kind: 'rect' },
  'product.image': { element: 'product', kind: 'image' },
  'product.badgeBg': { element: 'product', kind: 'rect' },
  'product.badge': { element: 'product', kind: 'text' },
  'product.title': { element: 'product', kind: 'text' },
  'product.price': { element: 'product', kind: 'text' },
  'product.listPrice': { element: 'product', kind: 'text' },
  'product.strike': { element: 'product', kind: 'rect' },
} as const satisfies Record<string, { element: OverlayElement; kind: PartKind }>;

export type PartId = keyof typeof OVERLAY_PARTS;
/** In drawing order: later parts are drawn over earlier ones (a panel first, then what sits on it). */
export const PART_IDS = Object.keys(OVERLAY_PARTS) as PartId[];

export const partKind = (id: PartId): PartKind => OVERLAY_PARTS[id].kind;
export const partElement = (id: PartId): OverlayElement => OVERLAY_PARTS[id].element;
