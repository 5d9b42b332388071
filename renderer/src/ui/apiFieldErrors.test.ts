import { describe, expect, it } from 'vitest';
import { COUPON_RULES, CouponCreate } from '../../../shared/domain/catalog/coupon';
import { fieldByHead, fieldErrorsFromApi, ruleKeyOf } from './apiFieldErrors';

const fieldOf = fieldByHead({ value: 'amount', thresholdFen: 'threshold', productIds: 'products' } as const);

describe('fieldErrorsFromApi', () => {
  it('puts every issue under the field its path names, the first per field', () => {
    const found = fieldErrorsFromApi(
      {
        message: 'invalid',
        path: ['value'],
        issues: [
          { path: ['value'], message: 'value must not exceed thresholdFen' },
          { path: ['value'], message: 'second problem with value' },
          { path: ['productIds', 3], message: 'Product 0190… not found' },
        ],
      },
      fieldOf,
    );
    expect(found).toEqual({
      fields: { amount: 'value must not exceed thresholdFen', products: 'Product 0190… not found' },
      general: null,
    });
  });

  it('uses the error path when there is no issue list (a CONFLICT, a NOT_FOUND)', () => {
    expect(fieldErrorsFromApi({ message: 'in use', path: ['thresholdFen'], issues: undefined }, fieldOf)).toEqual({
      fields: { threshold: 'in use' },
      general: null,
    });
  });

  it('keeps an error about no known field as the general message', () => {
    expect(fieldErrorsFromApi({ message: 'database is busy', path: undefined, issues: undefined }, fieldOf)).toEqual({
      fields: {},
      general: 'database is busy',
    });
    expect(fieldErrorsFromApi({ message: 'used by cue "A"', path: ['id'], issues: undefined }, fieldOf).general).toBe('used by cue "A"');
  });
});

describe('ruleKeyOf', () => {
  it('finds the rule a backend message is, and nothing for another message', () => {
    const refused = CouponCreate.safeParse({ name: 'x', type: 'threshold', value: 5000, thresholdFen: 1000, startsAt: 1, endsAt: 2 });
    const message = refused.error?.issues[0]?.message ?? '';
    expect(ruleKeyOf(COUPON_RULES, message)).toBe('valueWithinThreshold');
    expect(ruleKeyOf(COUPON_RULES, 'Product 0190… does not exist')).toBeNull();
  });
});
