import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { overlaySourceName } from '../../../shared/domain/obsLayout';
import { backendTestContext, catalogTestContext } from '../../../test/support/backend/catalogTestContext';
import { fakeSessionObs } from '../../../test/support/backend/fakeSessionObs';
import { seedShow } from '../../../test/support/backend/sessionTestShow';
import { createCoreServices } from '../coreServices';
import { createEventStore } from '../events/eventStore';
import { createSettingsService } from '../settings/settings.service';
import { openDatabase } from '../store/database';
import { createSessionService } from './session.service';

const context = (base = catalogTestContext()) => ({ ...backendTestContext(base), base });

const fakeObs = () => fakeSessionObs({ graphics: true });

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('live session service', () => {
  it('GO logs the cue in the same transaction as the saved state, then sends one OBS batch and logs its outcome', async () => {
    const ctx = context();
    const { showId, firstCueId } = seedShow(ctx);
    const obs = fakeObs();
    const sessions = createSessionService(ctx, obs, createCoreServices(ctx));
    const started = sessions.start(showId);
    expect(started.state.standbyId).toBe(firstCueId);
    await settle();
    const before = obs.batches.length;
    const after = sessions.command(started.sessionId, { type: 'go', expectedStandbyId: firstCueId });
    expect(after.revision).toBe(2);
    expect(after.state.running.map((r) => r.cueId)).toEqual([firstCueId]);
    await settle();
    // The product card's texts and its visibility, in one batch.
    expect(obs.batches.length).toBe(before + 1);
    expect(obs.batches.at(-1)).toContainEqual({ kind: 'setText', source: overlaySourceName('product.title'), text: '真丝连衣裙' });
    expect(obs.batches.at(-1)?.at(-1)?.kind).toBe('setVisible');
    const logged = ctx.events.listSession(started.sessionId).map((e) => e.type);
    expect(logged).toEqual(expect.arrayContaining(['session.started', 'cue.started', 'obs.batch']));
    const row = ctx.db.prepare('SELECT revision, status FROM sessions WHERE id = ?').get(started.sessionId);
    expect(row).toEqual({ revision: 2, status: 'live' });
    sessions.close();
  });

  it('refuses a GO for a cue that is no longer standby, writing nothing', () => {
    const ctx = context();
    const { showId, firstCueId } = seedShow(ctx);
    const sessions = createSessionService(ctx, fakeObs(), createCoreServices(ctx));
    const { sessionId } = sessions.start(showId);
    const before = ctx.events.lastSeq();
    expect(() => sessions.command(sessionId, { type: 'go', expectedStandbyId: 'someone-else' })).toThrow(
      expect.objectContaining({ code: 'CONFLICT', reason: 'stale_standby' }),
    );
    expect(ctx.events.lastSeq()).toBe(before);
    expect(sessions.current()?.state.running).toEqual([]);
    expect(firstCueId).toBeTruthy();
    sessions.close();
  });

  it('resumes after the app stopped mid-show: same running cue, same standby, nothing logged twice', async () => {
    const base = catalogTestContext();
    const ctx = context(base);
    const { showId, firstCueId } = seedShow(ctx);
    // The camera scene chosen in the setup assistant is what the show goes live on.
    createSettingsService(ctx.db, ctx.hub, ctx.events).update({ obsShowScene: 'Camera' });
    const sessions = createSessionService(ctx, fakeObs(), createCoreServices(ctx));
    const { sessionId } = sessions.start(showId);
    expect(sessions.current()?.state.showScene).toBe('Camera');
    const running = sessions.command(sessionId, { type: 'go', expectedStandbyId: firstCueId });
    await settle();
    sessions.close();
    const startedBefore = ctx.events.listSession(sessionId).filter((e) => e.type === 'cue.started').length;
    base.db.close(); // the app is gone

    const db = openDatabase({ file: path.join(base.dataDir, 'livecue.db') });
    const reopened = context({ ...base, db, events: createEventStore(db, base.clock) });
    const obsAfter = fakeObs();
    const again = createSessionService(reopened, obsAfter, createCoreServices(reopened));
    const current = again.current();
    expect(current?.sessionId).toBe(sessionId);
    expect(current?.state.running).toEqual(running.state.running);
    expect(current?.state.standbyId).toBe(running.state.standbyId);
    await settle();
    // OBS may have restarted with the app: the running product's card is sent again without any command.
    const resent = obsAfter.batches.flat();
    expect(resent).toContainEqual({ kind: 'switchScene', scene: 'Camera' });
    expect(resent).toContainEqual({ kind: 'setText', source: overlaySourceName('product.title'), text: '真丝连衣裙' });
    expect(resent).toContainEqual({ kind: 'setVisible', scene: 'LiveCue 图层', source: overlaySourceName('product.panel'), visible: true });
    const startedAfter = reopened.events.listSession(sessionId).filter((e) => e.type === 'cue.started').length;
    expect(startedAfter).toBe(startedBefore);
    expect(() => again.start(showId)).toThrow(expect.objectContaining({ reason: 'SESSION_LIVE' }));
    again.close();
    db.close();
  });

  it('a live session whose restore point cannot be read is ended and logged, and the app still starts', () => {
    const ctx = context();
    const { showId } = seedShow(ctx);
    const first = createSessionService(ctx, fakeObs(), createCoreServices(ctx));
    const { sessionId } = first.start(showId);
    first.close();
    ctx.db.prepare('UPDATE sessions SET state = ? WHERE id = ?').run('{"sessionId":"x","cues":"torn"}', sessionId);

    const again = createSessionService(ctx, fakeObs(), createCoreServices(ctx));
    expect(again.current()).toBeNull();
    expect(ctx.db.prepare('SELECT status FROM sessions WHERE id = ?').get(sessionId)).toEqual({ status: 'ended' });
    expect(ctx.events.listSession(sessionId).map((e) => e.type)).toEqual(['session.started', 'session.ended']);
    expect(again.start(showId).sessionId).not.toBe(sessionId);
    again.close();
  });

  it('ignores a second GO inside the debounce window (300 ms by default), which is configurable', () => {
    const ctx = context();
    const { showId, firstCueId } = seedShow(ctx);
    const byDefault = createSessionService(ctx, fakeObs(), createCoreServices(ctx));
    const first = byDefault.start(showId);
    const fired = byDefault.command(first.sessionId, { type: 'go', expectedStandbyId: firstCueId });
    expect(() => byDefault.command(first.sessionId, { type: 'go', expectedStandbyId: fired.state.standbyId })).toThrow(
      expect.objectContaining({ reason: 'debounced' }),
    );
    byDefault.command(first.sessionId, { type: 'end' });
    byDefault.close();

    const noDebounce = createSessionService(ctx, fakeObs(), createCoreServices(ctx), { debounceMs: 0 });
    const second = noDebounce.start(showId);
    const one = noDebounce.command(second.sessionId, { type: 'go', expectedStandbyId: firstCueId });
    const two = noDebounce.command(second.sessionId, { type: 'go', expectedStandbyId: one.state.standbyId });
    expect(two.state.running.map((r) => r.cueId)).toEqual([one.state.standbyId]);
    noDebounce.close();
  });

  it('takes the GO debounce and standby guard from the settings when going live', () => {
    const ctx = context();
    const { showId, firstCueId } = seedShow(ctx);
    createSettingsService(ctx.db, ctx.hub, ctx.events).update({ goDebounceMs: 0, goGuardStandby: false });
    const sessions = createSessionService(ctx, fakeObs(), createCoreServices(ctx));
    const { sessionId, state } = sessions.start(showId);
    expect(state).toMatchObject({ debounceMs: 0, guardStandby: false });
    const one = sessions.command(sessionId, { type: 'go', expectedStandbyId: firstCueId });
    // A stale expected id and no pause: both accepted with these settings.
    const two = sessions.command(sessionId, { type: 'go', expectedStandbyId: firstCueId });
    expect(two.state.running.map((r) => r.cueId)).toEqual([one.state.standbyId]);
    sessions.close();
  });

  it('ends the session: every running cue ends once and the row is marked ended', async () => {
    const ctx = context();
    const { showId, firstCueId } = seedShow(ctx);
    const sessions = createSessionService(ctx, fakeObs(), createCoreServices(ctx));
    const { sessionId } = sessions.start(showId);
    sessions.command(sessionId, { type: 'go', expectedStandbyId: firstCueId });
    sessions.command(sessionId, { type: 'end' });
    expect(sessions.current()).toBeNull();
    const types = ctx.events.listSession(sessionId).map((e) => e.type);
    expect(types.filter((t) => t === 'cue.ended')).toHaveLength(1);
    expect(types).toContain('session.ended');
    expect(ctx.db.prepare('SELECT status FROM sessions WHERE id = ?').get(sessionId)).toEqual({ status: 'ended' });
    await settle();
    sessions.close();
  });
});
