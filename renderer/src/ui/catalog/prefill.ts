import type { CouponType } from '../../../../shared/domain/catalog/coupon';
import type { TaskType } from '../../../../shared/domain/catalog/loyaltyTask';

/**
 * What a product created from a picker starts with: what was typed goes into the SKU when it looks like one (no spaces,
 * at least one digit, Latin letters, digits and - _ . /), into the title otherwise.
 */
export function productPrefill(query: string): { sku: string } | { title: string } | Record<string, never> {
  const text = query.trim();
  if (text === '') return {};
  return /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(text) && /\d/.test(text) ? { sku: text } : { title: text };
}

/** The task types a cue's "新建" offers: a giveaway cue makes giveaways, a follower-task cue every other type. */
export function taskTypesFor(taskType: TaskType | undefined, all: readonly TaskType[]): readonly TaskType[] {
  return taskType ? [taskType] : all.filter((type) => type !== 'giveaway');
}

const AMOUNT = String.raw`(\d+(?:\.\d{1,2})?)`;

/**
 * What a coupon created from a picker starts with: its name is what was typed, and a name that says the offer the way
 * shops write it sets the type and amounts too ("满300减50", "直降20", "8.5折", "秒杀9.9").
 */
export function couponPrefill(query: string): { name: string; type?: CouponType; threshold?: string; value?: string } {
  const name = query.trim();
  const text = name.normalize('NFKC');
  const threshold = new RegExp(`满\\s*${AMOUNT}\\s*减\\s*${AMOUNT}`).exec(text);
  if (threshold?.[1] && threshold[2]) return { name, type: 'threshold', threshold: threshold[1], value: threshold[2] };
  const direct = new RegExp(`直降\\s*${AMOUNT}`).exec(text);
  if (direct?.[1]) return { name, type: 'direct', value: direct[1] };
  const flash = new RegExp(`秒杀价?\\s*${AMOUNT}`).exec(text);
  if (flash?.[1]) return { name, type: 'flash_price', value: flash[1] };
  const percent = /(?<![\d.])(\d{1,2}(?:\.\d{1,3})?)\s*折/.exec(text);
  if (percent?.[1]) return { name, type: 'percent', value: `${percent[1]}折` };
  return { name };
}
