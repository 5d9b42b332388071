import { describe, expect, it } from 'vitest';
import { reduce, startSession } from '../../../shared/domain/runtime';
import { tempBackends } from '../../../test/helpers/tempBackends';
import { fixtureSetup, T0 } from '../../../test/support/domain/showFixture';
import { createReportSessionsDao } from '../report/reportSessions.dao';
import { createSessionsDao } from './sessions.dao';

describe('sessions dao: the restore point', () => {
  const context = tempBackends();
  const columns = (ctx: ReturnType<typeof context>, id: string) =>
    ctx.db.prepare('SELECT state, setup FROM sessions WHERE id = ?').get(id) as { state: string; setup: string | null };

  it('writes the cues and catalog once, and each command only what it changed; reads the whole state back', () => {
    const ctx = context();
    const dao = createSessionsDao(ctx.db);
    const started = startSession({ ...fixtureSetup(), sessionId: 's1' }, T0).state;
    dao.insert(started);
    const setup = columns(ctx, 's1').setup;
    expect(JSON.parse(setup ?? 'null')).toEqual({ cues: started.cues, catalog: started.catalog });
    expect(JSON.parse(columns(ctx, 's1').state)).not.toHaveProperty('cues');

    const fired = reduce(started, { type: 'go', expectedStandbyId: started.standbyId }, T0 + 1000).state;
    dao.save(fired, 1);
    expect(columns(ctx, 's1').setup).toBe(setup);
    expect(JSON.parse(columns(ctx, 's1').state)).not.toHaveProperty('catalog');
    expect(dao.live()).toMatchObject({ id: 's1', revision: 2, state: fired });
    expect(createReportSessionsDao(ctx.db).list(10).items[0]).toMatchObject({ cueCount: started.cues.length, firedCueCount: 1 });
  });

  it('reads a session stored whole before the setup had its own column', () => {
    const ctx = context();
    const started = startSession({ ...fixtureSetup(), sessionId: 'old' }, T0).state;
    ctx.db
      .prepare("INSERT INTO sessions (id, show_id, show_name, status, state, revision, started_at) VALUES ('old', ?, ?, 'live', ?, 4, ?)")
      .run(started.showId, started.showName, JSON.stringify(started), T0);
    expect(createSessionsDao(ctx.db).live()).toMatchObject({ id: 'old', revision: 4, state: started });
    expect(createReportSessionsDao(ctx.db).list(10).items[0]).toMatchObject({ cueCount: started.cues.length });
  });
});
