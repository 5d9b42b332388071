import { describe, expect, it } from 'vitest';
import {
  configFromDraft,
  countdownKey,
  cueRefs,
  draftFromCue,
  emptyDraft,
  firstLine,
  flashProblems,
  pickerFor,
  refKey,
  refText,
  titleFromDraft,
} from './cueModel';

const P = '0190a3c4-0000-7000-8000-000000000001';
const C = '0190a3c4-0000-7000-8000-000000000002';
const T = '0190a3c4-0000-7000-8000-000000000003';

describe('cue references', () => {
  it('names the item each type is built around', () => {
    expect(pickerFor('product')).toEqual({ kind: 'product', key: 'productId', required: true });
    expect(pickerFor('flash_sale')?.kind).toBe('product');
    expect(pickerFor('coupon')?.kind).toBe('coupon');
    expect(pickerFor('giveaway')).toEqual({ kind: 'task', key: 'taskId', required: false });
    expect(pickerFor('note')).toBeNull();
    expect(pickerFor('scene')).toBeNull();
  });

  it('lists every referenced item of a cue', () => {
    expect(cueRefs('flash_sale', { productId: P, couponId: C })).toEqual([
      { kind: 'product', id: P, key: 'productId' },
      { kind: 'coupon', id: C, key: 'couponId' },
    ]);
    expect(cueRefs('giveaway', {})).toEqual([]);
    expect(cueRefs('task', { taskId: T })).toEqual([{ kind: 'task', id: T, key: 'taskId' }]);
    expect(cueRefs('note', { text: 'x', productId: P })).toEqual([]);
    expect(refKey({ kind: 'coupon', id: C })).toBe(`coupon:${C}`);
  });

  it('labels a product by SKU and title, other items by title', () => {
    expect(refText({ state: 'ok', code: 'SKU-1', title: '面霜' })).toBe('SKU-1 · 面霜');
    expect(refText({ state: 'ok', code: null, title: '满199减30' })).toBe('满199减30');
    expect(refText({ state: 'missing' })).toBeNull();
    expect(refText(undefined)).toBeNull();
  });
});

describe('cue drafts', () => {
  it('builds the config of each type', () => {
    expect(configFromDraft({ ...emptyDraft('product'), itemId: P })).toEqual({ productId: P });
    expect(configFromDraft({ ...emptyDraft('note'), text: '提醒主播喝水' })).toEqual({ text: '提醒主播喝水' });
    expect(configFromDraft({ ...emptyDraft('scene'), sceneName: '近景' })).toEqual({ sceneName: '近景' });
    expect(configFromDraft({ ...emptyDraft('flash_sale'), itemId: P, durationSec: '90' })).toEqual({ productId: P, durationMs: 90_000 });
    expect(configFromDraft({ ...emptyDraft('giveaway') })).toEqual({});
  });

  it('keeps keys the form does not edit, and drops a cleared duration', () => {
    const base = { productId: P, couponId: C, durationMs: 60_000, fromNewerVersion: true };
    expect(configFromDraft({ ...emptyDraft('flash_sale'), itemId: P, durationSec: '' }, base)).toEqual({
      productId: P,
      couponId: C,
      fromNewerVersion: true,
    });
  });

  it('keeps the countdown of products, coupons and tasks as countdownMs; scenes and notes have none', () => {
    expect(configFromDraft({ ...emptyDraft('coupon'), itemId: C, durationSec: '30' })).toEqual({ couponId: C, countdownMs: 30_000 });
    expect(configFromDraft({ ...emptyDraft('task'), itemId: T, durationSec: '' }, { taskId: T, countdownMs: 5000 })).toEqual({ taskId: T });
    expect(draftFromCue({ type: 'product', title: 'x', config: { productId: P, countdownMs: 20_000 } }).durationSec).toBe('20');
    expect(configFromDraft({ ...emptyDraft('note'), text: 'x', durationSec: '30' })).toEqual({ text: 'x' });
    expect([countdownKey('flash_sale'), countdownKey('coupon'), countdownKey('scene')]).toEqual(['durationMs', 'countdownMs', null]);
  });

  it('passes an unreadable number through for the backend to name', () => {
    expect(configFromDraft({ ...emptyDraft('giveaway'), durationSec: 'abc' })).toEqual({ durationMs: 'abc' });
  });

  it('round-trips a cue through its draft', () => {
    const cue = { type: 'flash_sale' as const, title: '秒杀', config: { productId: P, durationMs: 45_000 } };
    const draft = draftFromCue(cue);
    expect(draft).toMatchObject({ type: 'flash_sale', title: '秒杀', itemId: P, durationSec: '45' });
    expect(configFromDraft(draft, cue.config)).toEqual(cue.config);
  });

  it('titles notes and scenes from their text when left empty', () => {
    expect(titleFromDraft({ ...emptyDraft('note'), text: '  开场口播\n第二行' })).toBe('开场口播');
    expect(titleFromDraft({ ...emptyDraft('scene'), sceneName: ' 全景 ' })).toBe('全景');
    expect(titleFromDraft({ ...emptyDraft('product'), itemId: P })).toBeUndefined();
    expect(titleFromDraft({ ...emptyDraft('product'), title: ' 主推款 ' })).toBe('主推款');
  });
});

describe('formatting', () => {
  it('cuts a long first line', () => {
    expect(firstLine('abcdef', 4)).toBe('abc…');
    expect(firstLine('', 4)).toBe('');
  });
});

describe('flash sale price and quantity', () => {
  it('sends the flash price in fen, typed in yuan, and the quantity in units', () => {
    const draft = { ...emptyDraft('flash_sale'), itemId: P, flashPrice: '¥9.9', flashQuantity: '1,000' };
    expect(configFromDraft(draft)).toEqual({ productId: P, flashPriceFen: 990, flashQuantity: 1000 });
    expect(
      draftFromCue({ type: 'flash_sale', title: 'x', config: { productId: P, flashPriceFen: 990, flashQuantity: 1000 } }),
    ).toMatchObject({
      flashPrice: '9.9',
      flashQuantity: '1000',
    });
  });

  it('drops them when cleared, and only a flash sale has them', () => {
    const base = { productId: P, flashPriceFen: 990, flashQuantity: 5 };
    expect(configFromDraft({ ...emptyDraft('flash_sale'), itemId: P }, base)).toEqual({ productId: P });
    expect(configFromDraft({ ...emptyDraft('product'), itemId: P, flashPrice: '9.9' })).toEqual({ productId: P });
  });

  it('names what it cannot read, by config path', () => {
    expect(flashProblems({ ...emptyDraft('flash_sale'), flashPrice: '9.999', flashQuantity: 'ten' })).toEqual({
      'config.flashPriceFen': 'flashPriceInvalid',
      'config.flashQuantity': 'flashQuantityInvalid',
    });
    expect(flashProblems({ ...emptyDraft('flash_sale'), flashPrice: '9.9', flashQuantity: '' })).toEqual({});
    expect(flashProblems({ ...emptyDraft('product'), flashPrice: 'junk' })).toEqual({});
  });
});
