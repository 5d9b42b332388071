import { describe, expect, it } from 'vitest';
import { T0 } from '../../../test/support/domain/showFixture';
import { fresh, play } from '../../../test/support/domain/testKit';
import { standbyStep } from './standbyStep';

describe('standbyStep (the phone’s ▲ ▼)', () => {
  it('moves standby to the cue before or after it, and nowhere past the ends', () => {
    const s = fresh();
    expect(s.standbyId).toBe('p1');
    expect(standbyStep(s, 1)).toBe('c1');
    expect(standbyStep(s, -1)).toBeNull();
    const last = { ...s, standbyId: 'n1' };
    expect(standbyStep(last, 1)).toBeNull();
    expect(standbyStep(last, -1)).toBe('s1');
  });

  it('with nothing on standby, ▼ takes the cue after the latest started and ▲ that cue again', () => {
    const { state } = play(fresh(), [
      [{ type: 'go', expectedStandbyId: 'p1' }, T0 + 1000],
      [{ type: 'go', expectedStandbyId: 'c1' }, T0 + 5000],
    ]);
    const cleared = { ...state, standbyId: null };
    expect(standbyStep(cleared, 1)).toBe('p2');
    expect(standbyStep(cleared, -1)).toBe('c1');
    expect(standbyStep({ ...fresh(), standbyId: null }, 1)).toBe('p1');
  });
});
