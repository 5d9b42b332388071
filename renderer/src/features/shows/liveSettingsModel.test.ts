import { describe, expect, it } from 'vitest';
import { CueConfigs } from '../../../../shared/domain/catalog/show';
import { OBS_SAFE_SCENE } from '../../../../shared/domain/obsLayout';
import {
  actionFromDraft,
  applyLiveDraft,
  hasGraphic,
  liveDraftFromConfig,
  liveDraftProblems,
  newAction,
  parseSeconds,
  sceneSuggestions,
  sourceSuggestions,
} from './liveSettingsModel';

const P = '0190a3c4-0000-7000-8000-000000000001';

describe('live settings in the cue form', () => {
  it('reads seconds as typed', () => {
    expect(parseSeconds('2')).toBe(2000);
    expect(parseSeconds('0,5')).toBe(500);
    expect(parseSeconds('')).toBeNull();
    expect(parseSeconds('two')).toBeUndefined();
  });

  it('round-trips every setting through the config, keeping other keys, and leaves defaults out', () => {
    const config = {
      productId: P,
      future: 1,
      colour: '#30A46C',
      plannedDurationMs: 210_000,
      preWaitMs: 1500,
      follow: 'auto_follow',
      hotkey: 'Ctrl+F3',
      obsActions: [{ kind: 'setText', source: 'T', text: '{product.title}' }],
    };
    const live = liveDraftFromConfig(config);
    expect(live).toMatchObject({ colour: '#30A46C', plannedDuration: '3:30', preWaitSec: '1.5', follow: 'auto_follow', obsMode: 'custom' });
    expect(applyLiveDraft({ productId: P, future: 1 }, live)).toEqual(config);
    const cleared = applyLiveDraft(config, {
      ...live,
      colour: null,
      plannedDuration: '',
      preWaitSec: '0',
      follow: 'none',
      hotkey: null,
      obsMode: 'defaults',
    });
    expect(cleared).toEqual({ productId: P, future: 1 });
    expect(CueConfigs.product.safeParse(applyLiveDraft({ productId: P }, live)).success).toBe(true);
  });

  it('names unreadable durations by their config path before saving', () => {
    const live = { ...liveDraftFromConfig({}), plannedDuration: 'soon', preWaitSec: '-2' };
    expect(liveDraftProblems(live)).toEqual({ 'config.plannedDurationMs': 'badPlanned', 'config.preWaitMs': 'badPreWait' });
    expect(liveDraftProblems(liveDraftFromConfig({}))).toEqual({});
  });

  it('saves only the fields an action kind has', () => {
    const a = newAction('setVisible', { scene: 'S', source: 'X', visible: false, text: 'left over' });
    expect(actionFromDraft(a)).toEqual({ kind: 'setVisible', scene: 'S', source: 'X', visible: false });
    expect(actionFromDraft({ ...a, kind: 'switchScene' })).toEqual({ kind: 'switchScene', scene: 'S' });
    expect(actionFromDraft({ ...a, kind: 'setText' })).toEqual({ kind: 'setText', source: 'X', text: 'left over' });
    expect(actionFromDraft({ ...a, kind: 'setImage', file: 'a.png' })).toEqual({ kind: 'setImage', source: 'X', file: 'a.png' });
  });

  it('writes the graphic switch only when the graphic is off, and reads an absent one as on', () => {
    const off = liveDraftFromConfig({ productId: P, graphic: false });
    expect(off.graphic).toBe(false);
    expect(applyLiveDraft({ productId: P }, off)).toEqual({ productId: P, graphic: false });
    const on = { ...off, graphic: true };
    expect(applyLiveDraft({ productId: P, graphic: false }, on)).toEqual({ productId: P });
    expect(liveDraftFromConfig({ productId: P }).graphic).toBe(true);
    const parsed = CueConfigs.product.safeParse(applyLiveDraft({ productId: P }, off));
    expect(parsed.success).toBe(true);
  });

  it('offers the graphic switch for the types that have a graphic', () => {
    for (const type of ['product', 'coupon', 'flash_sale', 'giveaway', 'task'] as const) expect(hasGraphic(type), type).toBe(true);
    expect(hasGraphic('scene')).toBe(false);
    expect(hasGraphic('note')).toBe(false);
  });

  it('suggests LiveCue’s safe scene, the scene on air and names other cues use', () => {
    const cues = [
      { config: { sceneName: 'Outro' } },
      { config: { obsActions: [{ kind: 'setVisible', scene: 'Studio', source: 'Logo', visible: true }] } },
    ];
    expect(sceneSuggestions(cues, 'Camera')).toEqual([OBS_SAFE_SCENE, 'Camera', 'Outro', 'Studio']);
    expect(sourceSuggestions(cues)).toEqual(['Logo']);
  });
});
