import { describe, expect, it } from 'vitest';
import { fixtureSetup, T0 } from '../../../test/support/domain/showFixture';
import { fresh, play } from '../../../test/support/domain/testKit';
import { reduce } from './reduce';
import { RuntimeState } from './runtimeState';
import { startSession } from './session';

describe('runtime state schema', () => {
  it('a restore point written before the standby guard was configurable reads with the guard on', () => {
    const { guardStandby: _dropped, ...older } = fresh();
    expect(RuntimeState.parse(older).guardStandby).toBe(true);
  });

  it('refuses a damaged state by naming the field', () => {
    const state = play(fresh(), [[{ type: 'go', expectedStandbyId: 'p1' }, T0 + 1000]]).state;
    const damaged = { ...state, running: [{ ...state.running[0], deadlineAt: 'soon' }] };
    const parsed = RuntimeState.safeParse(damaged);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['running', 0, 'deadlineAt']);
    expect(RuntimeState.safeParse({ ...state, counters: { likes: 1 } }).success).toBe(false);
  });
});

describe('GO standby guard', () => {
  it('on (the default): a GO naming another cue than standby is refused', () => {
    expect(reduce(fresh(), { type: 'go', expectedStandbyId: 'c1' }, T0 + 1000).rejected?.reason).toBe('stale_standby');
  });

  it('off: GO fires whatever is standby, whatever the sender saw', () => {
    const unguarded = startSession({ ...fixtureSetup(), guardStandby: false }, T0).state;
    const r = reduce(unguarded, { type: 'go', expectedStandbyId: 'c1' }, T0 + 1000);
    expect(r.rejected).toBeNull();
    expect(r.state.running.map((x) => x.cueId)).toEqual(['p1']);
  });

  it('off, but the GO asks for the check (a remote’s): a stale standby is still refused', () => {
    const unguarded = startSession({ ...fixtureSetup(), guardStandby: false }, T0).state;
    const stale = reduce(unguarded, { type: 'go', expectedStandbyId: 'c1', checkStandby: true }, T0 + 1000);
    expect(stale.rejected?.reason).toBe('stale_standby');
    expect(reduce(unguarded, { type: 'go', expectedStandbyId: 'p1', checkStandby: true }, T0 + 1000).rejected).toBeNull();
  });
});
