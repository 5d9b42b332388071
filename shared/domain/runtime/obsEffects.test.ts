import { describe, expect, it } from 'vitest';
import { OBS_PRODUCT_SCENE, OBS_SOURCES } from '../obsLayout';
import { desiredActions, panicActions } from './obsEffects';
import { reduce } from './reduce';
import { startSession, toRuntimeCue } from './session';
import { cue, fixtureSetup, T0 } from './showFixture';
import { fillTemplate, formatCountdown, formatPriceFen } from './templates';
import { fresh, logs, obsBatches, play } from './testKit';

describe('templates', () => {
  it.each([
    [19_900, '¥199'],
    [12_990, '¥129.90'],
    [5, '¥0.05'],
    [null, ''],
  ])('price %s → %s', (fen, text) => expect(formatPriceFen(fen)).toBe(text));

  it.each([
    [0, '00:00'],
    [-5, '00:00'],
    [1, '00:01'],
    [1000, '00:01'],
    [1001, '00:02'],
    [61_000, '01:01'],
    [3_600_000, '1:00:00'],
  ])('countdown %s ms → %s', (ms, text) => expect(formatCountdown(ms)).toBe(text));

  it('leaves unknown placeholders as written', () => {
    expect(fillTemplate('{product.title} {nope} {product.title}', { 'product.title': 'Serum' })).toBe('Serum {nope} Serum');
  });
});

describe('OBS batches per cue type', () => {
  it('a product without an image hides the image source instead of showing the previous picture', () => {
    const { effects } = play(fresh(), [[{ type: 'jump', cueId: 'p2' }, T0]]);
    const actions = obsBatches(effects)[0]?.actions ?? [];
    expect(actions.some((a) => a.kind === 'setImage')).toBe(false);
    expect(actions).toContainEqual({ kind: 'setVisible', scene: OBS_PRODUCT_SCENE, source: OBS_SOURCES.image, visible: false });
    expect(actions).toContainEqual({ kind: 'setText', source: OBS_SOURCES.price, text: '¥129.90' });
  });

  it('a flash sale shows the card and its countdown', () => {
    const { effects } = play(fresh(), [[{ type: 'jump', cueId: 'f1' }, T0]]);
    const actions = obsBatches(effects)[0]?.actions ?? [];
    expect(actions[0]).toEqual({ kind: 'switchScene', scene: OBS_PRODUCT_SCENE });
    expect(actions).toContainEqual({ kind: 'setText', source: OBS_SOURCES.countdown, text: '秒杀 00:20' });
  });

  it('a task shows its card; stopping it hides it', () => {
    const { effects } = play(fresh(), [
      [{ type: 'jump', cueId: 't1' }, T0],
      [{ type: 'stop', cueId: 't1' }, T0 + 1000],
    ]);
    expect(obsBatches(effects).map((b) => b.actions)).toEqual([
      [
        { kind: 'setText', source: OBS_SOURCES.task, text: '关注主播 0/500' },
        { kind: 'setVisible', scene: OBS_PRODUCT_SCENE, source: OBS_SOURCES.task, visible: true },
      ],
      [{ kind: 'setVisible', scene: OBS_PRODUCT_SCENE, source: OBS_SOURCES.task, visible: false }],
    ]);
  });

  it('a running task counts its counter’s increments as progress, logged and shown', () => {
    const { effects } = play(fresh(), [
      [{ type: 'jump', cueId: 't1' }, T0],
      [{ type: 'increment', counter: 'newFollowers', by: 3 }, T0 + 1000],
      [{ type: 'increment', counter: 'likes', by: 50 }, T0 + 2000],
      [{ type: 'increment', counter: 'newFollowers', by: -10 }, T0 + 3000],
      [{ type: 'stop', cueId: 't1' }, T0 + 4000],
      [{ type: 'increment', counter: 'newFollowers', by: 1 }, T0 + 5000],
    ]);
    expect(
      logs(effects).flatMap((e) => (e.type === 'task.progress' ? [[e.payload.reached, e.payload.target, e.payload.at - T0]] : [])),
    ).toEqual([
      [3, 500, 1000],
      [0, 500, 3000],
    ]);
    expect(obsBatches(effects).flatMap((b) => b.actions.flatMap((a) => (a.kind === 'setText' ? [a.text] : [])))).toEqual([
      '关注主播 0/500',
      '关注主播 3/500',
      '关注主播 0/500',
    ]);
  });

  it('stopping one countdown cue keeps the overlay another running cue still shows', () => {
    const { effects } = play(fresh(), [
      [{ type: 'jump', cueId: 'c1' }, T0],
      [{ type: 'jump', cueId: 'f1' }, T0 + 1000],
      [{ type: 'stop', cueId: 'c1' }, T0 + 2000],
    ]);
    expect(obsBatches(effects).filter((b) => b.cueId === 'c1' && b.actions.every((a) => a.kind === 'setVisible' && !a.visible))).toEqual(
      [],
    );
  });

  it('explicit actions replace the defaults, templates included, and the countdown text follows the clock', () => {
    const custom = cue('x', 'coupon', {
      couponId: 'coup-1',
      countdownMs: 5000,
      obsActions: [
        { kind: 'switchScene', scene: 'Studio' },
        { kind: 'setText', source: 'Banner', text: '{coupon.label} ends in {countdown}' },
      ],
    });
    const s0 = startSession(fixtureSetup([custom]), T0).state;
    const r1 = reduce(s0, { type: 'go', expectedStandbyId: 'x' }, T0);
    expect(obsBatches(r1.effects)[0]?.actions).toEqual([
      { kind: 'switchScene', scene: 'Studio' },
      { kind: 'setText', source: 'Banner', text: '满199减30 ends in 00:05' },
    ]);
    const r2 = reduce(r1.state, { type: 'tick' }, T0 + 1000);
    expect(obsBatches(r2.effects)).toEqual([
      { kind: 'obs', cueId: 'x', actions: [{ kind: 'setText', source: 'Banner', text: '满199减30 ends in 00:04' }] },
    ]);
  });
});

describe('desired OBS state (re-applied when OBS reconnects)', () => {
  it('is the scene on air plus every running cue’s card and overlays, countdowns as of now', () => {
    const state = play(fresh(), [
      [{ type: 'jump', cueId: 'c1' }, T0],
      [{ type: 'jump', cueId: 'p2' }, T0 + 1000],
    ]).state;
    expect(desiredActions(state, T0 + 10_000)).toEqual([
      { kind: 'switchScene', scene: OBS_PRODUCT_SCENE },
      { kind: 'setText', source: OBS_SOURCES.countdown, text: '满199减30 00:20' },
      { kind: 'setVisible', scene: OBS_PRODUCT_SCENE, source: OBS_SOURCES.countdown, visible: true },
      { kind: 'setText', source: OBS_SOURCES.title, text: 'Serum' },
      { kind: 'setText', source: OBS_SOURCES.price, text: '¥129.90' },
      { kind: 'setVisible', scene: OBS_PRODUCT_SCENE, source: OBS_SOURCES.title, visible: true },
      { kind: 'setVisible', scene: OBS_PRODUCT_SCENE, source: OBS_SOURCES.price, visible: true },
      { kind: 'setVisible', scene: OBS_PRODUCT_SCENE, source: OBS_SOURCES.image, visible: false },
    ]);
  });
  it('keeps a scene cue’s scene after the cue is over, and the safe scene after panic', () => {
    const afterScene = play(fresh(), [[{ type: 'jump', cueId: 's1' }, T0]]).state;
    expect(desiredActions(afterScene, T0)).toEqual([{ kind: 'switchScene', scene: 'Outro' }]);
    const afterPanic = play(fresh(), [
      [{ type: 'jump', cueId: 'p1' }, T0],
      [{ type: 'panic' }, T0 + 1000],
    ]).state;
    expect(desiredActions(afterPanic, T0 + 2000)).toEqual(panicActions());
  });
  it('is nothing before anything was fired', () => {
    expect(desiredActions(fresh(), T0)).toEqual([]);
  });
});

describe('toRuntimeCue', () => {
  const base = { id: 'c', title: 'Drop', type: 'coupon' as const };
  it('reads live settings from the cue config, with defaults', () => {
    expect(
      toRuntimeCue({
        ...base,
        config: {
          couponId: 'k',
          colour: '#f00',
          plannedDurationMs: 30_000,
          preWaitMs: 2000,
          follow: 'auto_follow',
          hotkey: 'F2',
          countdownMs: 60_000,
        },
      }),
    ).toEqual(
      cue('c', 'coupon', {
        title: 'Drop',
        couponId: 'k',
        colour: '#f00',
        plannedDurationMs: 30_000,
        preWaitMs: 2000,
        follow: 'auto_follow',
        hotkey: 'F2',
        countdownMs: 60_000,
      }),
    );
    expect(toRuntimeCue({ ...base, config: { couponId: 'k', follow: 'sideways', preWaitMs: -3 } })).toEqual(
      cue('c', 'coupon', { title: 'Drop', couponId: 'k' }),
    );
  });
  it('takes a flash sale’s durationMs as its countdown', () => {
    expect(toRuntimeCue({ id: 'f', title: 'F', type: 'flash_sale', config: { productId: 'p', durationMs: 90_000 } }).countdownMs).toBe(
      90_000,
    );
  });
});
