import { describe, expect, it } from 'vitest';
import { OBS_PRODUCT_SCENE, OBS_SOURCES } from '../../../shared/domain/obsLayout';
import { needsOf } from './preflight';

describe('preflight needs', () => {
  it('names the scene of a scene cue and the product card of a product cue', () => {
    expect(needsOf({ id: 'a', type: 'scene', config: { sceneName: '开场' } })).toEqual([{ kind: 'scene', name: '开场' }]);
    expect(needsOf({ id: 'b', type: 'product', config: {} })).toEqual([
      { kind: 'scene', name: OBS_PRODUCT_SCENE },
      { kind: 'source', name: OBS_SOURCES.title },
      { kind: 'source', name: OBS_SOURCES.price },
      { kind: 'source', name: OBS_SOURCES.image },
    ]);
    expect(needsOf({ id: 'c', type: 'note', config: { text: 'x' } })).toEqual([]);
  });
});
