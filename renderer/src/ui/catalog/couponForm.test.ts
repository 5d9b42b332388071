import { describe, expect, it } from 'vitest';
import type { Coupon } from '../../../../shared/domain/catalog/coupon';
import { CouponCreate } from '../../../../shared/domain/catalog/coupon';
import { fromLocalInput } from '../../format/localDateTime';
import { couponDraftOf, couponFieldOf, DEFAULT_VALIDITY_MS, emptyCouponDraft, readCouponDraft } from './couponForm';

const P1 = '0190a6f0-0000-7000-8000-000000000001';
const now = new Date(2025, 10, 11, 20, 5, 42).getTime();

const coupon: Coupon = {
  id: '0190a6f0-0000-7000-8000-0000000000c1',
  name: '满199减30',
  type: 'threshold',
  value: 3000,
  thresholdFen: 19900,
  quantity: 500,
  perBuyerLimit: 1,
  startsAt: new Date(2025, 10, 11, 20, 0).getTime(),
  endsAt: new Date(2025, 10, 12, 2, 0).getTime(),
  productIds: [P1],
  createdAt: 1,
  updatedAt: 1,
};

describe('coupon form', () => {
  it('starts valid from now (to the minute) for seven days', () => {
    const draft = emptyCouponDraft(now, { name: '新人券' });
    expect(draft.name).toBe('新人券');
    expect(fromLocalInput(draft.startsAt)).toBe(new Date(2025, 10, 11, 20, 5).getTime());
    expect(fromLocalInput(draft.endsAt)).toBe(new Date(2025, 10, 11, 20, 5).getTime() + DEFAULT_VALIDITY_MS);
  });

  it('round-trips a coupon through the draft, in yuan', () => {
    const draft = couponDraftOf(coupon, 'zhe');
    expect(draft).toMatchObject({ value: '30', threshold: '199', quantity: '500', perBuyerLimit: '1' });
    const read = readCouponDraft(draft);
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = coupon;
    expect(read).toEqual({ ok: true, values: fields });
  });

  it('writes a percent coupon as 折 or as a percentage, and reads either back', () => {
    const percent: Coupon = { ...coupon, type: 'percent', value: 1500, thresholdFen: null };
    expect(couponDraftOf(percent, 'zhe').value).toBe('8.5折');
    expect(couponDraftOf(percent, 'percent').value).toBe('15%');
    const read = readCouponDraft({ ...couponDraftOf(percent, 'zhe'), value: '8折' });
    expect(read.ok && read.values).toMatchObject({ type: 'percent', value: 2000, thresholdFen: null });
  });

  it('sends the money of every other type in fen', () => {
    const base = emptyCouponDraft(now, { name: 'x' });
    const value = (type: Coupon['type'], text: string) => {
      const read = readCouponDraft({ ...base, type, value: text });
      return read.ok ? read.values.value : null;
    };
    expect(value('direct', '¥20')).toBe(2000);
    expect(value('newcomer', '10.5')).toBe(1050);
    expect(value('share', '5元')).toBe(500);
    expect(value('flash_price', '9.9')).toBe(990);
  });

  it('never sends a threshold for a price cut or a flash price, even one typed before switching type', () => {
    const draft = { ...emptyCouponDraft(now, { name: 'x', value: '20', threshold: '199' }) };
    for (const type of ['direct', 'flash_price'] as const) {
      const read = readCouponDraft({ ...draft, type });
      expect(read.ok && read.values.thresholdFen).toBeNull();
    }
    const read = readCouponDraft({ ...draft, type: 'newcomer' });
    expect(read.ok && read.values.thresholdFen).toBe(19900);
  });

  it('leaves the rules to the backend: an empty amount or threshold is sent for it to name', () => {
    const read = readCouponDraft(emptyCouponDraft(now));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.values).toMatchObject({ name: '', value: 0, thresholdFen: null, quantity: null, perBuyerLimit: null });
    const refused = CouponCreate.safeParse(read.values);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => couponFieldOf(i.path.filter((p) => typeof p !== 'symbol')))).toContain('name');
  });

  it('names what it could not read, by field', () => {
    const draft = {
      ...emptyCouponDraft(now),
      value: '12.345',
      threshold: '-5',
      quantity: '1.5',
      perBuyerLimit: 'two',
      startsAt: '',
      endsAt: 'soon',
    };
    expect(readCouponDraft(draft)).toEqual({
      ok: false,
      errors: {
        value: 'price.tooManyDecimals',
        threshold: 'price.negative',
        quantity: 'count.invalid',
        perBuyerLimit: 'count.invalid',
        startsAt: 'date.invalid',
        endsAt: 'date.invalid',
      },
    });
    expect(readCouponDraft({ ...emptyCouponDraft(now), type: 'percent', value: '20' })).toEqual({
      ok: false,
      errors: { value: 'discount.invalid' },
    });
  });

  it('maps the backend paths to the form fields', () => {
    expect(couponFieldOf(['thresholdFen'])).toBe('threshold');
    expect(couponFieldOf(['productIds', 3])).toBe('productIds');
    expect(couponFieldOf(['endsAt'])).toBe('endsAt');
    expect(couponFieldOf(['id'])).toBeNull();
  });
});
