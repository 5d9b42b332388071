import { describe, expect, it } from 'vitest';
import { CueConfigs } from '../../../../shared/domain/catalog/show';
import { OBS_SAFE_SCENE } from '../../../../shared/domain/obsLayout';
import {
  actionFromDraft,
  applyLiveDraft,
  defaultActionsFor,
  formatMinSec,
  liveDraftFromConfig,
  liveDraftProblems,
  newAction,
  parseMinSec,
  parseSeconds,
  sceneSuggestions,
  sourceSuggestions,
} from './liveSettingsModel';

const P = '0190a3c4-0000-7000-8000-000000000001';

describe('live settings in the cue form', () => {
  it('reads mm:ss and seconds as typed', () => {
    expect(parseMinSec('3:30')).toBe(210_000);
    expect(parseMinSec(' 03:05 ')).toBe(185_000);
    expect(parseMinSec('1:05:00')).toBe(3_900_000);
    expect(parseMinSec('90')).toBe(90_000);
    expect(parseMinSec('')).toBeNull();
    for (const bad of ['3:75', 'abc', '3.5', '1:2:3:4', '-1']) expect(parseMinSec(bad), bad).toBeUndefined();
    expect(formatMinSec(210_000)).toBe('3:30');
    expect(formatMinSec(3_900_000)).toBe('1:05:00');
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

  it('shows what the type itself does in OBS, whatever extra actions the config holds: only a scene cue switches', () => {
    expect(defaultActionsFor('product', { productId: P, obsActions: [{ kind: 'switchScene', scene: 'X' }] })).toEqual([]);
    expect(defaultActionsFor('scene', { sceneName: 'Outro', obsActions: [] })).toEqual([{ kind: 'switchScene', scene: 'Outro' }]);
    expect(defaultActionsFor('note', { text: 'x' })).toEqual([]);
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
