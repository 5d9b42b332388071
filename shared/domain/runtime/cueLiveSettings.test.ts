import { describe, expect, it } from 'vitest';
import { cue, fixtureSetup, T0 } from '../../../test/support/domain/showFixture';
import { obsBatches } from '../../../test/support/domain/testKit';
import { CUE_TEMPLATE_NAMES, CueFollow } from '../catalog/cueLiveSettings';
import { CueConfigs } from '../catalog/show';
import { reduce } from './reduce';
import { FollowMode } from './runtimeState';
import { startSession, toRuntimeCue } from './session';
import { templateValues } from './templates';

/** A stored product cue as the shows service saves it (config validated by the catalog schema). */
function storedProductCue(extra: Record<string, unknown>) {
  const config = CueConfigs.product.parse({ productId: '0190a3c4-0000-7000-8000-000000000001', ...extra });
  return { id: 'x', type: 'product' as const, title: 'Serum', config };
}

/** Fires the one cue of a show built from `stored`, with prod-1's catalog entry standing in for the product. */
function fire(stored: ReturnType<typeof storedProductCue>) {
  const runtimeCue = { ...toRuntimeCue(stored), productId: 'prod-1' };
  const state = startSession(fixtureSetup([runtimeCue]), T0).state;
  return obsBatches(reduce(state, { type: 'go', expectedStandbyId: 'x' }, T0).effects)[0]?.actions;
}

describe('live settings saved on a cue drive the runtime', () => {
  it('fires the cue’s explicit OBS actions, templates filled, instead of the product card', () => {
    const actions = fire(
      storedProductCue({
        obsActions: [
          { kind: 'switchScene', scene: 'Close-up' },
          { kind: 'setText', source: 'Lower third', text: 'Now {product.livePrice}: {product.title}' },
          { kind: 'setVisible', scene: 'Close-up', source: 'Lower third', visible: true },
        ],
      }),
    );
    expect(actions).toEqual([
      { kind: 'switchScene', scene: 'Close-up' },
      { kind: 'setText', source: 'Lower third', text: 'Now ¥199: Face cream' },
      { kind: 'setVisible', scene: 'Close-up', source: 'Lower third', visible: true },
    ]);
  });

  it('sends no extra actions when obsActions is absent, null, empty or not a valid list; a valid list is sent as saved', () => {
    for (const obsActions of [undefined, null, []]) expect(fire(storedProductCue({ obsActions }))).toBeUndefined();
    const fromNewerVersion = { ...storedProductCue({}), config: { productId: 'p', obsActions: [{ kind: 'fadeTo', scene: 'A' }] } };
    expect(toRuntimeCue(fromNewerVersion).obsActions).toBeNull();
    expect(fire(storedProductCue({ obsActions: [{ kind: 'switchScene', scene: 'Close-up' }] }))).toEqual([
      { kind: 'switchScene', scene: 'Close-up' },
    ]);
  });

  it('reads colour, planned duration, pre-wait, follow and hotkey as saved', () => {
    const stored = storedProductCue({
      colour: '#30A46C',
      plannedDurationMs: 210_000,
      preWaitMs: 2000,
      follow: 'select_next',
      hotkey: 'F3',
    });
    expect(toRuntimeCue(stored)).toMatchObject({
      colour: '#30A46C',
      plannedDurationMs: 210_000,
      preWaitMs: 2000,
      follow: 'select_next',
      hotkey: 'F3',
      obsActions: null,
    });
  });
});

describe('the cue schema and the runtime agree', () => {
  it('on the follow modes', () => {
    expect(CueFollow.options).toEqual(FollowMode.options);
  });

  it('on the template placeholders a text may use', () => {
    const everything = cue('a', 'flash_sale', { productId: 'prod-1', couponId: 'coup-1', taskId: 'task-1' });
    const values = templateValues(everything, fixtureSetup().catalog, '00:10', 3);
    expect(Object.keys(values).sort()).toEqual([...CUE_TEMPLATE_NAMES].sort());
  });
});
