import { describe, expect, it } from 'vitest';
import { cue, fixtureCues, fixtureSetup, T0 } from '../../../test/support/domain/showFixture';
import { play } from '../../../test/support/domain/testKit';
import { startSession } from '../runtime/session';
import { overlayContent } from './overlayContent';

const withCatalogExtras = () => {
  const setup = fixtureSetup([
    ...fixtureCues(),
    cue('f2', 'flash_sale', { productId: 'prod-1', flashPriceFen: 990, flashQuantity: 20, countdownMs: 60_000 }),
    cue('g1', 'giveaway', { taskId: 'lucky', countdownMs: 180_000 }),
    cue('hidden', 'coupon', { couponId: 'coup-1', graphic: false }),
  ]);
  setup.catalog.products['prod-1'] = {
    title: 'Face cream',
    livePriceFen: 19_900,
    listPriceFen: 29_900,
    imagePath: '/img/c.png',
    imageHash: 'h1',
  };
  setup.catalog.coupons['coup-1'] = { label: '满199减30', quantity: 100, type: 'threshold', value: 3_000, thresholdFen: 19_900 };
  setup.catalog.coupons['coup-2'] = { label: '秒杀价', quantity: null, type: 'flash_price', value: 6_600 };
  setup.catalog.tasks.lucky = { title: '福袋', target: 3, reward: '睡衣一套', type: 'giveaway', entry: '关注主播', keyword: '上新' };
  return startSession(setup, T0).state;
};

describe('overlayContent', () => {
  it('is empty before anything runs', () => {
    expect(overlayContent(withCatalogExtras())).toEqual({ product: null, coupon: null, flashSale: null, giveaway: null, task: null });
  });

  it('fills one slot per kind of graphic from the running cues, with the running coupon as the card’s badge', () => {
    const { state } = play(withCatalogExtras(), [
      [{ type: 'jump', cueId: 'p1' }, T0],
      [{ type: 'jump', cueId: 'c1' }, T0 + 1000],
      [{ type: 'jump', cueId: 't1' }, T0 + 2000],
      [{ type: 'increment', counter: 'newFollowers', by: 7 }, T0 + 2500],
      [{ type: 'jump', cueId: 'g1' }, T0 + 3000],
    ]);
    expect(overlayContent(state)).toEqual({
      product: {
        cueId: 'p1',
        title: 'Face cream',
        livePriceFen: 19_900,
        listPriceFen: 29_900,
        image: { hash: 'h1', path: '/img/c.png' },
        badge: { kind: 'coupon', name: '满199减30' },
      },
      coupon: {
        cueId: 'c1',
        name: '满199减30',
        type: 'threshold',
        value: 3_000,
        thresholdFen: 19_900,
        quantity: 100,
        deadlineAt: T0 + 31_000,
      },
      flashSale: null,
      giveaway: { cueId: 'g1', title: '福袋', prize: '睡衣一套', entry: '关注主播', keyword: '上新', winners: 3, deadlineAt: T0 + 183_000 },
      task: { cueId: 't1', title: '关注主播', reward: '前100名送小样', reached: 7, target: 500, deadlineAt: null },
    });
  });

  it('a flash sale shows its own price and what is left of its quantity, and badges its product', () => {
    const { state } = play(withCatalogExtras(), [
      [{ type: 'jump', cueId: 'f2' }, T0],
      [{ type: 'increment', counter: 'orders', by: 6 }, T0 + 1000],
    ]);
    const content = overlayContent(state);
    expect(content.flashSale).toEqual({ cueId: 'f2', priceFen: 990, listPriceFen: 19_900, quantityLeft: 14, deadlineAt: T0 + 60_000 });
    // The card says the sale's price, the usual one struck through, like the sale's own panel.
    expect(content.product).toMatchObject({ title: 'Face cream', livePriceFen: 990, listPriceFen: 19_900, badge: { kind: 'flash' } });
  });

  it('a flash sale without its own price takes a 秒杀 coupon’s price, else the live price', () => {
    const { state } = play(withCatalogExtras(), [[{ type: 'jump', cueId: 'f1' }, T0]]);
    expect(overlayContent(state).flashSale?.priceFen).toBe(6_600);
  });

  it('the latest cue of a kind wins its slot; a cue with its graphic off adds nothing; PANIC clears everything', () => {
    const base = withCatalogExtras();
    const { state } = play(base, [
      [{ type: 'jump', cueId: 'p1' }, T0],
      [{ type: 'jump', cueId: 'p2' }, T0 + 1000],
      [{ type: 'jump', cueId: 'hidden' }, T0 + 2000],
    ]);
    expect(overlayContent(state)).toMatchObject({ product: { cueId: 'p2', title: 'Serum', badge: null }, coupon: null });
    const after = play(state, [[{ type: 'panic' }, T0 + 3000]]).state;
    expect(Object.values(overlayContent(after)).every((slot) => slot === null)).toBe(true);
  });
});
