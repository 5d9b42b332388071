import { describe, expect, it } from 'vitest';
import { T0 } from '../../../../test/support/domain/showFixture';
import { fresh, play } from '../../../../test/support/domain/testKit';
import { cueTimes, formatClockTime } from './timelineView';

const s = 1000;

describe('cueTimes', () => {
  it('gives every cue its planned start and the show its planned end while on time', () => {
    const { byCue, endAt } = cueTimes(fresh(), T0);
    expect(byCue.get('c1')).toEqual({ at: T0 + 60 * s, lateMs: 0 });
    expect(endAt).toBe(T0 + 200 * s);
  });

  it('shifts the cues still to come and the end when the running cue overruns', () => {
    const state = play(fresh(), [[{ type: 'go', expectedStandbyId: 'p1' }, T0]]).state;
    const { byCue, endAt } = cueTimes(state, T0 + 90 * s);
    expect(byCue.get('p1')).toEqual({ at: T0, lateMs: 0 });
    expect(byCue.get('c1')).toEqual({ at: T0 + 90 * s, lateMs: 30 * s });
    expect(byCue.get('p2')?.lateMs).toBe(30 * s);
    expect(endAt).toBe(T0 + 230 * s);
  });

  it('ignores a shift under a second', () => {
    const state = play(fresh(), [[{ type: 'go', expectedStandbyId: 'p1' }, T0]]).state;
    expect(cueTimes(state, T0 + 60 * s + 500).byCue.get('c1')?.lateMs).toBe(0);
  });
});

describe('formatClockTime', () => {
  it('writes hours and minutes with leading zeros', () => {
    const at = new Date(2025, 0, 1, 7, 5, 59).getTime();
    expect(formatClockTime(at)).toBe('07:05');
  });
});
