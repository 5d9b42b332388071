import { describe, expect, it } from 'vitest';
import type { RuntimeCommand } from '../../../../shared/domain/runtime';
import { T0 } from '../../../../test/support/domain/showFixture';
import { fresh, play } from '../../../../test/support/domain/testKit';
import { cueState, explainingCue, onAirCue, productAfterStandby, runningOffers } from './cueState';

const cueOf = (state: ReturnType<typeof fresh>, id: string) => {
  const cue = state.cues.find((c) => c.id === id);
  if (!cue) throw new Error(id);
  return cue;
};
const states = (state: ReturnType<typeof fresh>) => Object.fromEntries(state.cues.map((c) => [c.id, cueState(state, c)]));
const go = (id: string, at: number): [RuntimeCommand, number] => [{ type: 'go', expectedStandbyId: id }, at];

describe('cue state', () => {
  it('tells running, standby and not-yet-aired cues apart', () => {
    const state = play(fresh(), [[{ type: 'go', expectedStandbyId: 'p1' }, T0]]).state;
    expect(cueState(state, cueOf(state, 'p1'))).toBe('running');
    expect(cueState(state, cueOf(state, 'c1'))).toBe('standby');
    expect(cueState(state, cueOf(state, 'p2'))).toBe('idle');
  });

  it('keeps aired cues done after later GOs, until one is fired again', () => {
    // p1, c1 (coupon), p2 (ends p1), f1 (flash sale), t1 (task): four GOs later p1 has long ended.
    let state = play(fresh(), [go('p1', T0), go('c1', T0 + 1000), go('p2', T0 + 2000), go('f1', T0 + 3000), go('t1', T0 + 4000)]).state;
    expect(states(state)).toEqual({ p1: 'done', c1: 'running', p2: 'running', f1: 'running', t1: 'running', s1: 'standby', n1: 'idle' });
    state = play(state, [[{ type: 'stop', cueId: 'c1' }, T0 + 5000]]).state;
    expect(cueState(state, cueOf(state, 'c1'))).toBe('done');
    // 返场: p1 is on again, and p2 (the product it replaces) is done.
    state = play(state, [[{ type: 'refire', cueId: 'p1' }, T0 + 6000]]).state;
    expect(cueState(state, cueOf(state, 'p1'))).toBe('running');
    expect(cueState(state, cueOf(state, 'p2'))).toBe('done');
  });

  it('an aired cue put on standby again reads as standby (it is next)', () => {
    const state = play(fresh(), [
      go('p1', T0),
      [{ type: 'stop', cueId: 'p1' }, T0 + 400],
      [{ type: 'setStandby', cueId: 'p1' }, T0 + 500],
    ]).state;
    expect(cueState(state, cueOf(state, 'p1'))).toBe('standby');
  });
});

describe('what is on air', () => {
  it('the product card is the latest product or flash sale, as on stream; coupon, flash sale and task run beside it, newest first', () => {
    const state = play(fresh(), [go('p1', T0), go('c1', T0 + 1000), go('p2', T0 + 2000), go('f1', T0 + 3000), go('t1', T0 + 4000)]).state;
    expect(explainingCue(state)?.id).toBe('f1');
    const before = play(fresh(), [go('p1', T0), go('c1', T0 + 1000), go('p2', T0 + 2000)]).state;
    expect(explainingCue(before)?.id).toBe('p2');
    expect(runningOffers(state).map((e) => [e.cue.id, e.run.deadlineAt])).toEqual([
      ['t1', null],
      ['f1', T0 + 3000 + 20_000],
      ['c1', T0 + 1000 + 30_000],
    ]);
  });

  it('a giveaway or task started last is never the product card', () => {
    const state = play(fresh(), [go('p1', T0), go('c1', T0 + 1000), [{ type: 'jump', cueId: 't1' }, T0 + 2000]]).state;
    expect(explainingCue(state)?.id).toBe('p1');
    expect(onAirCue(state)?.id).toBe('p1');
  });

  it('a flash sale alone puts its product on the card, and sales count against it; before the first GO nothing is on air', () => {
    const state = play(fresh(), [[{ type: 'jump', cueId: 'f1' }, T0]]).state;
    expect(explainingCue(state)?.id).toBe('f1');
    expect(onAirCue(state)?.productId).toBe('prod-2');
    expect(onAirCue(fresh())).toBeNull();
    expect(runningOffers(fresh())).toEqual([]);
  });
});

describe('the card to load ahead', () => {
  it('is the product of the first product cue after the standby, skipping cues without one', () => {
    // p1 (prod-1) is standby, c1 has no product, p2 (prod-2) follows.
    expect(productAfterStandby(fresh())).toBe('prod-2');
    const later = play(fresh(), [[{ type: 'go', expectedStandbyId: 'p1' }, T0]]).state;
    expect(later.standbyId).toBe('c1');
    expect(productAfterStandby(later)).toBe('prod-2');
  });

  it('is nothing at the end of the show or with no standby', () => {
    const last = fresh().cues.at(-1)?.id ?? '';
    const atEnd = play(fresh(), [[{ type: 'setStandby', cueId: last }, T0]]).state;
    expect(productAfterStandby(atEnd)).toBeNull();
    expect(productAfterStandby({ ...fresh(), standbyId: null })).toBeNull();
  });
});
