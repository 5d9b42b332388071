import { describe, expect, it } from 'vitest';
import { T0 } from '../../../../shared/domain/runtime/showFixture';
import { fresh, play } from '../../../../shared/domain/runtime/testKit';
import { cueState, onAirCue } from './cueState';

const cueOf = (state: ReturnType<typeof fresh>, id: string) => {
  const cue = state.cues.find((c) => c.id === id);
  if (!cue) throw new Error(id);
  return cue;
};

describe('cue state', () => {
  it('tells running, standby and idle cues apart', () => {
    const state = play(fresh(), [[{ type: 'go', expectedStandbyId: 'p1' }, T0]]).state;
    expect(cueState(state, cueOf(state, 'p1'))).toBe('running');
    expect(cueState(state, cueOf(state, 'c1'))).toBe('standby');
    expect(cueState(state, cueOf(state, 'p2'))).toBe('idle');
  });

  it('puts the running product cue on air even when a coupon started after it', () => {
    const state = play(fresh(), [
      [{ type: 'go', expectedStandbyId: 'p1' }, T0],
      [{ type: 'go', expectedStandbyId: 'c1' }, T0 + 1000],
    ]).state;
    expect(onAirCue(state)?.id).toBe('p1');
  });

  it('has nothing on air before the first GO', () => {
    expect(onAirCue(fresh())).toBeNull();
  });
});
