import { describe, expect, it } from 'vitest';
import { cue, fixtureSetup, T0 } from '../../../test/support/domain/showFixture';
import { startActions } from './obsEffects';
import { startSession } from './session';
import { fillTemplate, templateValues } from './templates';

describe('cue text templates', () => {
  it('a coupon without a claim window shows its label and no countdown, never the raw placeholder', () => {
    const coupon = cue('c9', 'coupon', {
      couponId: 'coup-1',
      obsActions: [{ kind: 'setText', source: 'Clock', text: '{coupon.label} {countdown}' }],
    });
    const state = startSession(fixtureSetup([coupon]), T0).state;
    const run = {
      cueId: 'c9',
      startedAt: T0,
      trigger: 'go' as const,
      deadlineAt: null,
      plannedEndAt: null,
      shownCountdown: null,
      reached: 0,
    };
    const texts = startActions(state, coupon, run, T0).flatMap((a) => (a.kind === 'setText' ? [a] : []));
    const countdown = texts.find((a) => a.source === 'Clock');
    expect(countdown?.text).not.toContain('{');
    expect(countdown?.text.trim()).toBe(state.catalog.coupons['coup-1']?.label);
  });

  it('an unknown placeholder stays as written so the typo is visible', () => {
    const values = templateValues(cue('p', 'product'), fixtureSetup().catalog, null, 0);
    expect(fillTemplate('{product.titel} {countdown}', values)).toBe('{product.titel} ');
  });
});
