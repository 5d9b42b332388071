import { describe, expect, it } from 'vitest';
import { OBS_PRODUCT_SCENE, OBS_SAFE_SCENE, OBS_SOURCES } from '../../../shared/domain/obsLayout';
import { needsOf } from './preflight';

describe('preflight needs', () => {
  it('names the scene of a scene cue and the product card of a product cue', () => {
    expect(needsOf({ id: 'a', type: 'scene', config: { sceneName: '开场' } })).toEqual([{ kind: 'scene', name: '开场' }]);
    expect(needsOf({ id: 'b', type: 'product', config: { productId: 'p' } })).toEqual([
      { kind: 'scene', name: OBS_PRODUCT_SCENE },
      { kind: 'source', name: OBS_SOURCES.title },
      { kind: 'source', name: OBS_SOURCES.price },
      { kind: 'source', name: OBS_SOURCES.image },
    ]);
    expect(needsOf({ id: 'c', type: 'note', config: { text: 'x' } })).toEqual([]);
  });

  it('a flash sale also needs the countdown text; a task cue only its overlay', () => {
    const flash = needsOf({ id: 'f', type: 'flash_sale', config: { productId: 'p', durationMs: 60_000 } }).map((n) => n.name);
    expect(flash).toContain(OBS_SOURCES.countdown);
    expect(needsOf({ id: 't', type: 'task', config: { taskId: 't' } })).toEqual([
      { kind: 'source', name: OBS_SOURCES.task },
      { kind: 'scene', name: OBS_PRODUCT_SCENE },
    ]);
  });

  it('a cue with its own OBS actions needs exactly what those actions touch', () => {
    const config = {
      productId: 'p',
      obsActions: [
        { kind: 'switchScene', scene: '开场' },
        { kind: 'setText', source: '主播字幕', text: '{product.title}' },
        { kind: 'setVisible', scene: '开场', source: '贴片', visible: true },
      ],
    };
    expect(needsOf({ id: 'x', type: 'product', config })).toEqual([
      { kind: 'scene', name: '开场' },
      { kind: 'source', name: '主播字幕' },
      { kind: 'source', name: '贴片' },
    ]);
  });

  it('the safe scene is not a need of any cue type (PANIC adds it separately)', () => {
    for (const type of ['product', 'coupon', 'flash_sale', 'giveaway', 'task', 'note']) {
      expect(needsOf({ id: 'x', type, config: {} }).map((n) => n.name)).not.toContain(OBS_SAFE_SCENE);
    }
  });
});
