import type { CueInterval, ProductReport } from './sessionReport';

export interface ItemNames {
  product(id: string): string;
  coupon(id: string): string;
  task(id: string): string;
  cue(id: string | null): string | null;
}

type Kind = 'product' | 'coupon' | 'task';

/**
 * Names for the ids the review holds, taken from the titles of the cues that used them: the report
 * is computed from events only, and a product renamed or deleted since must still read as it did
 * on air. The first cue of the item's own type wins over one that merely refers to it (a flash sale
 * names its product too); a product no cue names takes the title the platform's file gave it; else the id shows as is.
 */
export function itemNames(
  cues: readonly CueInterval[],
  products: readonly Pick<ProductReport, 'productId' | 'platformTitle'>[] = [],
): ItemNames {
  const names: Record<Kind, Map<string, { title: string; own: boolean }>> = { product: new Map(), coupon: new Map(), task: new Map() };
  const byCue = new Map<string, string>();
  const put = (kind: Kind, id: string | null, title: string, own: boolean) => {
    if (id === null) return;
    const held = names[kind].get(id);
    if (!held || (own && !held.own)) names[kind].set(id, { title, own });
  };
  for (const c of cues) {
    put('product', c.productId, c.title, c.cueType === 'product');
    put('coupon', c.couponId, c.title, c.cueType === 'coupon');
    put('task', c.taskId, c.title, c.cueType === 'task');
    if (!byCue.has(c.cueId)) byCue.set(c.cueId, c.title);
  }
  for (const p of products) put('product', p.productId, p.platformTitle ?? p.productId, false);
  const name = (kind: Kind) => (id: string) => names[kind].get(id)?.title ?? id;
  return {
    product: name('product'),
    coupon: name('coupon'),
    task: name('task'),
    cue: (id) => (id === null ? null : (byCue.get(id) ?? id)),
  };
}
