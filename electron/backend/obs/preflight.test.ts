import { describe, expect, it } from 'vitest';
import { OBS_BROWSER_OVERLAY, OBS_OVERLAY_SCENE, OBS_SAFE_SCENE, overlaySourceName } from '../../../shared/domain/obsLayout';
import { needsOf } from './preflight';

const names = (needs: { name: string }[]) => needs.map((n) => n.name);

describe('preflight needs', () => {
  it('names the scene of a scene cue, and the product card’s sources in the overlay scene for a product cue', () => {
    expect(needsOf({ id: 'a', type: 'scene', config: { sceneName: '开场' } })).toEqual([{ kind: 'scene', name: '开场' }]);
    const product = needsOf({ id: 'b', type: 'product', config: { productId: 'p' } });
    expect(product[0]).toEqual({ kind: 'scene', name: OBS_OVERLAY_SCENE });
    expect(names(product)).toEqual(expect.arrayContaining([overlaySourceName('product.title'), overlaySourceName('product.image')]));
    expect(names(product)).not.toContain(overlaySourceName('coupon.countdown'));
    expect(needsOf({ id: 'c', type: 'note', config: { text: 'x' } })).toEqual([]);
  });

  it('a flash sale needs the card and the flash-sale panel; a task cue only its own graphic', () => {
    const flash = names(needsOf({ id: 'f', type: 'flash_sale', config: { productId: 'p', durationMs: 60_000 } }));
    expect(flash).toEqual(expect.arrayContaining([overlaySourceName('product.price'), overlaySourceName('flashSale.countdown')]));
    const task = names(needsOf({ id: 't', type: 'task', config: { taskId: 't' } }));
    const taskParts = ['task.panel', 'task.title', 'task.progress', 'task.barTrack', 'task.barFill'] as const;
    expect(task).toEqual([OBS_OVERLAY_SCENE, ...taskParts.map(overlaySourceName)]);
  });

  it('with the overlay page as renderer, a graphic needs the browser source instead; with its graphic off, nothing', () => {
    expect(needsOf({ id: 'b', type: 'coupon', config: { couponId: 'c' } }, { renderer: 'browser' })).toEqual([
      { kind: 'scene', name: OBS_OVERLAY_SCENE },
      { kind: 'source', name: OBS_BROWSER_OVERLAY },
    ]);
    expect(needsOf({ id: 'b', type: 'coupon', config: { couponId: 'c', graphic: false } })).toEqual([]);
  });

  it('a cue with its own OBS actions needs its graphic and exactly what those actions touch', () => {
    const config = {
      productId: 'p',
      graphic: false,
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
      expect(names(needsOf({ id: 'x', type, config: {} }))).not.toContain(OBS_SAFE_SCENE);
    }
  });
});
