import type { RuntimeCue, SessionSetup } from '../../../shared/domain/runtime/runtimeState';

/** A small show for tests: two products, a coupon, a flash sale, a task, a scene and a note. */
export const T0 = 1_700_000_000_000;

export const cue = (id: string, type: RuntimeCue['type'], extra: Partial<RuntimeCue> = {}): RuntimeCue => ({
  id,
  type,
  title: `${type} ${id}`,
  colour: null,
  plannedDurationMs: null,
  preWaitMs: 0,
  follow: 'none',
  hotkey: null,
  productId: null,
  couponId: null,
  taskId: null,
  countdownMs: null,
  sceneName: null,
  obsActions: null,
  graphic: true,
  flashPriceFen: null,
  flashQuantity: null,
  ...extra,
});

export const fixtureCues = (): RuntimeCue[] => [
  cue('p1', 'product', { productId: 'prod-1', plannedDurationMs: 60_000 }),
  cue('c1', 'coupon', { couponId: 'coup-1', countdownMs: 30_000 }),
  cue('p2', 'product', { productId: 'prod-2', plannedDurationMs: 60_000 }),
  cue('f1', 'flash_sale', { productId: 'prod-2', couponId: 'coup-2', countdownMs: 20_000 }),
  cue('t1', 'task', { taskId: 'task-1', plannedDurationMs: 30_000 }),
  cue('s1', 'scene', { sceneName: 'Outro' }),
  cue('n1', 'note'),
];

export const fixtureSetup = (cues: RuntimeCue[] = fixtureCues()): SessionSetup => ({
  sessionId: 'sess-1',
  showId: 'show-1',
  showName: 'Spring launch',
  plannedStartAt: null,
  cues,
  catalog: {
    products: {
      'prod-1': { title: 'Face cream', livePriceFen: 19_900, imagePath: '/img/cream.png' },
      'prod-2': { title: 'Serum', livePriceFen: 12_990 },
    },
    coupons: { 'coup-1': { label: '满199减30', quantity: 100 }, 'coup-2': { label: '秒杀价', quantity: null } },
    tasks: { 'task-1': { title: '关注主播', target: 500, reward: '前100名送小样', counter: 'newFollowers' } },
  },
});
