import type { CatalogLookup, RuntimeCue } from './runtimeState';

/** Values a cue's OBS texts can refer to as `{name}`. */
export type TemplateValues = Record<string, string>;

/** 19900 → "¥199", 19990 → "¥199.90"; null → "" so a card never shows a made-up price. */
export function formatPriceFen(fen: number | null): string {
  if (fen === null) return '';
  const yuan = Math.trunc(fen / 100);
  const rest = fen % 100;
  return rest === 0 ? `¥${yuan}` : `¥${yuan}.${String(rest).padStart(2, '0')}`;
}

/** Whole seconds left, rounded up (a countdown shows 00:01 until it really is over): "mm:ss", or "h:mm:ss". */
export function formatCountdown(remainingMs: number): string {
  const total = Math.ceil(Math.max(0, remainingMs) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mmss = `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

export function templateValues(cue: RuntimeCue, catalog: CatalogLookup, countdown: string | null, reached: number): TemplateValues {
  const v: TemplateValues = { 'cue.title': cue.title };
  const product = cue.productId === null ? undefined : catalog.products[cue.productId];
  if (product) {
    v['product.title'] = product.title;
    v['product.livePrice'] = formatPriceFen(product.livePriceFen);
    if (product.imagePath !== undefined) v['product.imagePath'] = product.imagePath;
  }
  const coupon = cue.couponId === null ? undefined : catalog.coupons[cue.couponId];
  if (coupon) v['coupon.label'] = coupon.label;
  const task = cue.taskId === null ? undefined : catalog.tasks[cue.taskId];
  if (task) {
    v['task.title'] = task.title;
    v['task.reward'] = task.reward;
    v['task.target'] = String(task.target);
    v['task.progress'] = `${reached}/${task.target}`;
  }
  // A cue without a deadline (a coupon with no claim window) shows no countdown, never the raw placeholder.
  v.countdown = countdown ?? '';
  return v;
}

/** Fills `{name}` placeholders; unknown names stay as written so a typo is visible, not silently blank. */
export function fillTemplate(text: string, values: TemplateValues): string {
  return text.replace(/\{([A-Za-z][A-Za-z0-9_.]*)\}/g, (whole, name: string) => values[name] ?? whole);
}

export const usesValue = (text: string, name: string): boolean => text.includes(`{${name}}`);
