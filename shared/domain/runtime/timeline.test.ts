import { describe, expect, it } from 'vitest';
import { fixtureSetup, T0 } from '../../../test/support/domain/showFixture';
import { fresh, play } from '../../../test/support/domain/testKit';
import { startSession } from './session';
import { overrunMs, plannedStartOf, plannedTimeline, projectedEndAt, remainingMs } from './timeline';

const s = 1000;
const rel = (t: number | null) => (t === null ? null : (t - T0) / s);

describe('planned timeline', () => {
  it('plans cues back to back from the show start (pre-wait + planned duration, else countdown)', () => {
    const state = fresh();
    expect(['p1', 'c1', 'p2', 'f1', 't1', 's1', 'n1'].map((id) => rel(plannedStartOf(state, id)))).toEqual([0, 60, 90, 150, 170, 200, 200]);
    expect(plannedStartOf(state, 'nope')).toBeNull();
    expect(rel(projectedEndAt(state, T0))).toBe(200);
  });

  it('anchors on the show’s planned start when there is one', () => {
    const state = startSession({ ...fixtureSetup(), plannedStartAt: T0 + 600 * s }, T0).state;
    expect(rel(plannedStartOf(state, 'c1'))).toBe(660);
  });

  it('an overrunning cue pushes every later cue and the projected end', () => {
    const state = play(fresh(), [[{ type: 'go', expectedStandbyId: 'p1' }, T0]]).state;
    const at90 = plannedTimeline(state, T0 + 90 * s);
    expect(at90.map((e) => [e.cueId, rel(e.projectedStartAt), rel(e.projectedEndAt), e.overrunMs / s])).toEqual([
      ['p1', 0, 90, 30],
      ['c1', 90, 120, 0],
      ['p2', 120, 180, 0],
      ['f1', 180, 200, 0],
      ['t1', 200, 230, 0],
      ['s1', 230, 230, 0],
      ['n1', 230, 230, 0],
    ]);
    expect(at90.map((e) => rel(e.plannedStartAt))).toEqual([0, 60, 90, 150, 170, 200, 200]);
    expect(rel(projectedEndAt(state, T0 + 90 * s))).toBe(230);
    // On time: nothing moves.
    expect(rel(projectedEndAt(state, T0 + 30 * s))).toBe(200);
  });

  it('keeps actual times of cues that ran and leaves passed-over cues out', () => {
    const state = play(fresh(), [
      [{ type: 'go', expectedStandbyId: 'p1' }, T0],
      [{ type: 'skip' }, T0 + s],
      [{ type: 'go', expectedStandbyId: 'p2' }, T0 + 70 * s],
    ]).state;
    const tl = plannedTimeline(state, T0 + 70 * s);
    expect(
      tl.map((e) => [e.cueId, rel(e.actualStartAt), rel(e.actualEndAt), rel(e.projectedStartAt), rel(e.projectedEndAt), e.overrunMs / s]),
    ).toEqual([
      ['p1', 0, 70, 0, 70, 10],
      ['c1', null, null, null, null, 0],
      ['p2', 70, null, 70, 130, 0],
      ['f1', null, null, 130, 150, 0],
      ['t1', null, null, 150, 180, 0],
      ['s1', null, null, 180, 180, 0],
      ['n1', null, null, 180, 180, 0],
    ]);
  });

  it('projected end of an ended session is when it ended', () => {
    const state = play(fresh(), [[{ type: 'end' }, T0 + 5 * s]]).state;
    expect(projectedEndAt(state, T0 + 500 * s)).toBe(T0 + 5 * s);
  });
});

describe('remaining and overrun of a running cue', () => {
  const state = play(fresh(), [
    [{ type: 'go', expectedStandbyId: 'p1' }, T0],
    [{ type: 'jump', cueId: 'c1' }, T0 + 10 * s],
  ]).state;
  it.each([
    ['p1', 30, 30, 0],
    ['p1', 75, 0, 15],
    ['c1', 30, 10, 0],
    ['c1', 39.5, 0.5, 0],
  ])('%s at +%ss: remaining %ss, overrun %ss', (cueId, at, remaining, over) => {
    expect(remainingMs(state, cueId, T0 + at * s)).toBe(remaining * s);
    expect(overrunMs(state, cueId, T0 + at * s)).toBe(over * s);
  });
  it('is null for a cue that is not running or has no plan', () => {
    expect(remainingMs(state, 'p2', T0)).toBeNull();
    expect(overrunMs(state, 'p2', T0)).toBeNull();
    const jumped = play(fresh(), [[{ type: 'jump', cueId: 'p1' }, T0]]).state;
    const noPlan = { ...jumped, cues: jumped.cues.map((c) => ({ ...c, plannedDurationMs: null })) };
    const run = noPlan.running.map((r) => ({ ...r, plannedEndAt: null }));
    expect(remainingMs({ ...noPlan, running: run }, 'p1', T0)).toBeNull();
    expect(overrunMs({ ...noPlan, running: run }, 'p1', T0)).toBeNull();
  });
});
