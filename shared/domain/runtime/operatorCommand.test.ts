import { describe, expect, it } from 'vitest';
import { T0 } from '../../../test/support/domain/showFixture';
import { allLogs, fresh, play } from '../../../test/support/domain/testKit';
import { reduce } from './reduce';

const types = (effects: Parameters<typeof allLogs>[0]) => allLogs(effects).map((e) => e.type);

describe('every carried-out operator command is on record', () => {
  it('GO: the command (standby before and after) comes first, then the cue it started', () => {
    const { effects } = play(fresh(), [[{ type: 'go', expectedStandbyId: 'p1' }, T0 + 1000]]);
    const [first] = allLogs(effects);
    expect(first).toEqual({
      type: 'operator.command',
      payload: {
        sessionId: 'sess-1',
        at: T0 + 1000,
        command: { type: 'go', expectedStandbyId: 'p1' },
        standbyBefore: 'p1',
        standbyAfter: 'c1',
      },
    });
    expect(types(effects)).toEqual(['operator.command', 'cue.started']);
  });

  it('standby moves that change nothing on air are logged too (skip, back, setStandby)', () => {
    const { effects } = play(fresh(), [
      [{ type: 'skip' }, T0 + 1000],
      [{ type: 'back' }, T0 + 2000],
      [{ type: 'setStandby', cueId: 'c1' }, T0 + 3000],
    ]);
    const records = allLogs(effects).flatMap((e) => (e.type === 'operator.command' ? [e.payload] : []));
    expect(records.map((p) => [p.command.type, p.standbyBefore, p.standbyAfter])).toEqual([
      ['skip', 'p1', 'c1'],
      ['back', 'c1', 'p1'],
      ['setStandby', 'p1', 'c1'],
    ]);
  });

  it('counters, gauges and ticks log only their own events; a refused command logs nothing', () => {
    const counted = play(fresh(), [
      [{ type: 'increment', counter: 'likes', by: 3 }, T0 + 1000],
      [{ type: 'readGauge', gauge: 'viewersOnline', value: 120 }, T0 + 2000],
      [{ type: 'tick' }, T0 + 3000],
    ]);
    expect(types(counted.effects)).toEqual(['counter.incremented', 'gauge.read']);
    expect(reduce(fresh(), { type: 'go', expectedStandbyId: 'c1' }, T0 + 1000).effects).toEqual([]);
  });
});
