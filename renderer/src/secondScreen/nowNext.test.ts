import { describe, expect, it } from 'vitest';
import { T0 } from '../../../test/support/domain/showFixture';
import { fresh, play } from '../../../test/support/domain/testKit';
import { nowNext, onAirClock, WARNING_MS } from './nowNext';

describe('nowNext and the on-air clock', () => {
  it('names the latest started cue on air and the standby cue', () => {
    expect(nowNext(fresh())).toEqual({ now: null, next: expect.objectContaining({ id: 'p1' }) });
    const { state } = play(fresh(), [
      [{ type: 'go', expectedStandbyId: 'p1' }, T0 + 1000],
      [{ type: 'go', expectedStandbyId: 'c1' }, T0 + 5000],
    ]);
    const shown = nowNext(state);
    expect(shown.now?.cue.id).toBe('c1');
    expect(shown.next?.id).toBe('p2');
  });

  it('counts down normally, turns to warning in the last 30 s and to overtime past the end', () => {
    const run = {
      cueId: 'p1',
      startedAt: T0,
      trigger: 'go' as const,
      deadlineAt: null,
      plannedEndAt: T0 + 60_000,
      shownCountdown: null,
      reached: 0,
    };
    expect(onAirClock(run, T0 + 10_000)).toEqual({ text: '00:50', mode: 'remaining', tone: 'normal' });
    expect(onAirClock(run, T0 + 60_000 - WARNING_MS)).toMatchObject({ text: '00:30', tone: 'warning' });
    expect(onAirClock(run, T0 + 65_000)).toEqual({ text: '+00:05', mode: 'overtime', tone: 'overtime' });
    expect(onAirClock({ ...run, plannedEndAt: null }, T0 + 65_000)).toEqual({ text: '01:05', mode: 'elapsed', tone: 'normal' });
  });
});
