import { describe, expect, it } from 'vitest';
import { formatElapsed, isEnding, runClock } from './countdown';

describe('runClock', () => {
  const t0 = 1_700_000_000_000;
  it('counts down to the deadline, rounding up', () => {
    expect(runClock({ startedAt: t0, deadlineAt: t0 + 90_000, plannedEndAt: null }, t0)).toEqual({ text: '01:30', mode: 'remaining' });
    expect(runClock({ startedAt: t0, deadlineAt: t0 + 90_000, plannedEndAt: null }, t0 + 89_001)).toEqual({
      text: '00:01',
      mode: 'remaining',
    });
  });
  it('prefers the deadline over the planned end', () => {
    expect(runClock({ startedAt: t0, deadlineAt: t0 + 10_000, plannedEndAt: t0 + 60_000 }, t0).text).toBe('00:10');
  });
  it('falls back to the planned end, then shows overtime past it', () => {
    const run = { startedAt: t0, deadlineAt: null, plannedEndAt: t0 + 60_000 };
    expect(runClock(run, t0 + 30_000)).toEqual({ text: '00:30', mode: 'remaining' });
    expect(runClock(run, t0 + 60_000)).toEqual({ text: '+00:00', mode: 'overtime' });
    expect(runClock(run, t0 + 125_900)).toEqual({ text: '+01:05', mode: 'overtime' });
  });
  it('shows elapsed time for a cue with no end', () => {
    expect(runClock({ startedAt: t0, deadlineAt: null, plannedEndAt: null }, t0 + 61_500)).toEqual({ text: '01:01', mode: 'elapsed' });
  });
  it('depends only on now, not on when the state arrived', () => {
    const run = { startedAt: t0, deadlineAt: t0 + 30_000, plannedEndAt: null };
    expect(runClock(run, t0 + 20_000)).toEqual(runClock({ ...run }, t0 + 20_000));
  });
});

describe('formatElapsed', () => {
  it('rounds down and never goes negative', () => {
    expect(formatElapsed(1_999)).toBe('00:01');
    expect(formatElapsed(-5)).toBe('00:00');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
  });
});

describe('isEnding', () => {
  const t0 = 1_700_000_000_000;
  it('is the last 30 seconds before the deadline (else the planned end), not before and not after', () => {
    const run = { startedAt: t0, deadlineAt: t0 + 90_000, plannedEndAt: null };
    expect(isEnding(run, t0 + 59_999)).toBe(false);
    expect(isEnding(run, t0 + 60_000)).toBe(true);
    expect(isEnding(run, t0 + 90_000)).toBe(false);
    expect(isEnding({ startedAt: t0, deadlineAt: null, plannedEndAt: t0 + 40_000 }, t0 + 15_000)).toBe(true);
    expect(isEnding({ startedAt: t0, deadlineAt: null, plannedEndAt: null }, t0 + 15_000)).toBe(false);
  });
});
