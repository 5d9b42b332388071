import { describe, expect, it } from 'vitest';
import { checklistShown, type FirstShowFacts, firstShowSteps } from './firstShowSteps';

const fresh: FirstShowFacts = {
  obs: 'not_configured',
  showScene: null,
  obsMissing: [],
  productCount: 0,
  showCueCounts: [],
  preflightReady: null,
  sessionCount: 0,
};

const ticks = (facts: Partial<FirstShowFacts>) =>
  firstShowSteps({ ...fresh, ...facts })
    .map((s) => `${s.id}:${s.done ? 'done' : s.current ? 'current' : 'todo'}${s.note ? `(${s.note})` : ''}`)
    .join(' ');

describe('first-show steps', () => {
  it('on first launch points at connecting OBS; building the graphics says it needs OBS first', () => {
    expect(ticks({})).toBe('obs:current graphics:todo(needsObs) products:todo show:todo preflight:todo goLive:todo');
  });

  it('ticks each step from real state, in any order, and points at the first one not done', () => {
    expect(ticks({ obs: 'ready', productCount: 12 })).toBe('obs:done graphics:current products:done show:todo preflight:todo goLive:todo');
    expect(ticks({ obs: 'ready', showScene: '主机位', productCount: 12, showCueCounts: [3], preflightReady: true })).toBe(
      'obs:done graphics:done products:done show:done preflight:done goLive:current',
    );
    expect(ticks({ sessionCount: 1 })).toContain('goLive:done');
  });

  it('OBS on its way or lost is not connected', () => {
    for (const obs of ['connecting', 'syncing', 'lost', 'wrong_password', 'unknown'] as const) {
      expect(ticks({ obs })).toMatch(/^obs:current /);
    }
  });

  it('graphics built earlier count while OBS is away, and not when OBS says they are gone', () => {
    expect(ticks({ obs: 'lost', showScene: '主机位' })).toContain('graphics:done');
    expect(ticks({ obs: 'ready', showScene: '主机位', obsMissing: ['LiveCue 图层'] })).toContain('graphics:current(missing)');
  });

  it('a show counts once it has a cue; empty shows say so', () => {
    expect(ticks({ showCueCounts: [0, 0] })).toContain('show:todo(empty)');
    expect(ticks({ showCueCounts: [0, 2] })).toContain('show:done');
    // Not loaded yet is not "empty".
    expect(ticks({ showCueCounts: null })).toContain('show:todo ');
  });

  it('preflight ticks only when the checks of the picked show pass', () => {
    expect(ticks({ preflightReady: false })).toContain('preflight:todo');
    expect(ticks({ preflightReady: true })).toContain('preflight:done');
  });
});

describe('checklistShown', () => {
  it('shows until the first session, hides after, and comes back when asked', () => {
    expect(checklistShown(0, false)).toBe(true);
    expect(checklistShown(3, false)).toBe(false);
    expect(checklistShown(3, true)).toBe(true);
    // Not known yet: nothing, so it never flashes on a PC that has gone live before.
    expect(checklistShown(null, false)).toBe(false);
  });
});
