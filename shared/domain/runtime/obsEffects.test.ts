import { describe, expect, it } from 'vitest';
import { cue, fixtureCues, fixtureSetup, T0 } from '../../../test/support/domain/showFixture';
import { fresh, logs, obsBatches, play } from '../../../test/support/domain/testKit';
import { desiredActions, panicActions } from './obsEffects';
import { reduce } from './reduce';
import { startSession, toRuntimeCue } from './session';
import { fillTemplate, formatCountdown, formatPriceFen } from './templates';

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
  it('product, coupon, flash-sale and task cues send no batch of their own: their graphics are drawn from the running cues', () => {
    const { effects } = play(fresh(), [
      [{ type: 'jump', cueId: 'p1' }, T0],
      [{ type: 'jump', cueId: 'c1' }, T0 + 1000],
      [{ type: 'jump', cueId: 'f1' }, T0 + 2000],
      [{ type: 'jump', cueId: 't1' }, T0 + 3000],
      [{ type: 'stop', cueId: 't1' }, T0 + 4000],
    ]);
    expect(obsBatches(effects)).toEqual([]);
  });

  it('a scene cue switches to its scene, which becomes the show’s scene', () => {
    const { state, effects } = play(fresh(), [[{ type: 'jump', cueId: 's1' }, T0]]);
    expect(obsBatches(effects).map((b) => b.actions)).toEqual([[{ kind: 'switchScene', scene: 'Outro' }]]);
    expect(state).toMatchObject({ programScene: 'Outro', showScene: 'Outro' });
  });

  it('a running task counts its counter’s increments as progress, logged', () => {
    const { effects, state } = play(fresh(), [
      // Followers gained before the task started are not its progress, so a correction can take it under them.
      [{ type: 'increment', counter: 'newFollowers', by: 10 }, T0],
      [{ type: 'jump', cueId: 't1' }, T0],
      [{ type: 'increment', counter: 'newFollowers', by: 3 }, T0 + 1000],
      [{ type: 'increment', counter: 'likes', by: 50 }, T0 + 2000],
      [{ type: 'increment', counter: 'newFollowers', by: -10 }, T0 + 3000],
      [{ type: 'increment', counter: 'newFollowers', by: 4 }, T0 + 3500],
    ]);
    expect(
      logs(effects).flatMap((e) => (e.type === 'task.progress' ? [[e.payload.reached, e.payload.target, e.payload.at - T0]] : [])),
    ).toEqual([
      [3, 500, 1000],
      [0, 500, 3000],
      [4, 500, 3500],
    ]);
    expect(state.running[0]?.reached).toBe(4);
  });

  it('a running flash sale counts the orders taken while it runs, and only those', () => {
    const { state } = play(fresh(), [
      [{ type: 'increment', counter: 'orders', by: 5 }, T0],
      [{ type: 'jump', cueId: 'f1' }, T0 + 1000],
      [{ type: 'increment', counter: 'orders', by: 2 }, T0 + 2000],
      [{ type: 'increment', counter: 'gmvFen', by: 1980 }, T0 + 2500],
      [{ type: 'increment', counter: 'orders', by: 3 }, T0 + 3000],
    ]);
    expect(state.running.find((r) => r.cueId === 'f1')?.reached).toBe(5);
  });

  it('a cue’s own actions are sent as extras, templates filled, and their countdown text follows the clock', () => {
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

  it('a scene cue with extra actions switches and then sends them', () => {
    const withExtras = cue('s', 'scene', {
      sceneName: 'Close-up',
      obsActions: [{ kind: 'setText', source: 'Lower third', text: '{cue.title}' }],
    });
    const r = reduce(startSession(fixtureSetup([withExtras]), T0).state, { type: 'jump', cueId: 's' }, T0);
    expect(obsBatches(r.effects)[0]?.actions).toEqual([
      { kind: 'switchScene', scene: 'Close-up' },
      { kind: 'setText', source: 'Lower third', text: 'scene s' },
    ]);
  });
});

describe('the show’s scene', () => {
  const live = () => startSession({ ...fixtureSetup(), showScene: 'Camera' }, T0);

  it('going live puts the camera scene on program', () => {
    const { state, effects } = live();
    expect(obsBatches(effects).map((b) => b.actions)).toEqual([[{ kind: 'switchScene', scene: 'Camera' }]]);
    expect(state).toMatchObject({ programScene: 'Camera', showScene: 'Camera' });
  });

  it.each(['p1', 'c1', 'f1', 't1', 'n1'])('the first %s fired after PANIC puts the camera scene back; the next one does not', (id) => {
    const { state, effects } = play(live().state, [
      [{ type: 'jump', cueId: 'p1' }, T0],
      [{ type: 'panic' }, T0 + 1000],
      [{ type: 'jump', cueId: id }, T0 + 2000],
      [{ type: 'jump', cueId: 'p2' }, T0 + 3000],
    ]);
    expect(obsBatches(effects).map((b) => b.actions)).toEqual([panicActions(), [{ kind: 'switchScene', scene: 'Camera' }]]);
    expect(state).toMatchObject({ programScene: 'Camera', showScene: 'Camera', panicAt: null });
  });

  it('a scene cue fired after PANIC goes to its own scene instead', () => {
    const { effects, state } = play(live().state, [
      [{ type: 'panic' }, T0 + 1000],
      [{ type: 'jump', cueId: 's1' }, T0 + 2000],
    ]);
    expect(obsBatches(effects).map((b) => b.actions)).toEqual([panicActions(), [{ kind: 'switchScene', scene: 'Outro' }]]);
    expect(state.showScene).toBe('Outro');
  });
});

describe('desired OBS state (re-applied when OBS reconnects)', () => {
  it('is the show’s scene plus every running cue’s own actions, countdowns as of now', () => {
    const custom = cue('x', 'coupon', {
      couponId: 'coup-1',
      countdownMs: 30_000,
      obsActions: [{ kind: 'setText', source: 'Banner', text: '{countdown}' }],
    });
    const s0 = startSession({ ...fixtureSetup([custom, ...fixtureCues()]), showScene: 'Camera' }, T0).state;
    const state = play(s0, [
      [{ type: 'jump', cueId: 'x' }, T0],
      [{ type: 'jump', cueId: 'p2' }, T0 + 1000],
    ]).state;
    expect(desiredActions(state, T0 + 10_000)).toEqual([
      { kind: 'switchScene', scene: 'Camera' },
      { kind: 'setText', source: 'Banner', text: '00:20' },
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
  it('reads a flash sale’s price and quantity, and the graphic switch (absent = on)', () => {
    const flash = toRuntimeCue({
      id: 'f',
      title: 'F',
      type: 'flash_sale',
      config: { productId: 'p', flashPriceFen: 990, flashQuantity: 50, graphic: false },
    });
    expect(flash).toMatchObject({ flashPriceFen: 990, flashQuantity: 50, graphic: false });
    expect(toRuntimeCue({ ...base, config: { couponId: 'k', flashPriceFen: 990 } })).toMatchObject({ flashPriceFen: null, graphic: true });
  });
  it('takes a flash sale’s durationMs as its countdown', () => {
    expect(toRuntimeCue({ id: 'f', title: 'F', type: 'flash_sale', config: { productId: 'p', durationMs: 90_000 } }).countdownMs).toBe(
      90_000,
    );
  });
});
