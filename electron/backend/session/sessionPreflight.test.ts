import { describe, expect, it, vi } from 'vitest';
import { OBS_SAFE_SCENE } from '../../../shared/domain/obsLayout';
import type { ObsOutputState, ObsStatus } from '../../../shared/domain/obsStatus';
import type { PreflightCheckId, SessionPreflight } from '../../../shared/domain/session/sessionPreflight';
import { backendTestContext, catalogTestContext, domainError } from '../../../test/support/backend/catalogTestContext';
import { fakeSessionObs } from '../../../test/support/backend/fakeSessionObs';
import { seedShow } from '../../../test/support/backend/sessionTestShow';
import { createCouponsService } from '../catalog/coupons.service';
import { createCoreServices } from '../coreServices';
import { createSessionService } from './session.service';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const READY: ObsStatus = { state: 'ready', obsVersion: '29.0.2', outputs: { streaming: false, recording: false, virtualCam: false } };

function setup(options: { status?: ObsStatus; freeBytes?: number | null } = {}) {
  const ctx = backendTestContext(catalogTestContext());
  const obs = fakeSessionObs({ status: options.status ?? READY });
  const free = options.freeBytes === undefined ? 50 * GiB : options.freeBytes;
  const sessions = createSessionService(ctx, obs, createCoreServices(ctx), { freeBytes: () => free });
  return { ctx, obs, sessions, ...seedShow(ctx) };
}

const check = (report: SessionPreflight, id: PreflightCheckId) => report.checks.find((c) => c.id === id);

describe('preflight before going live', () => {
  it('a valid show with OBS ready and room on both disks is ready, every check ok', async () => {
    const { sessions, showId, obs } = setup();
    obs.report = { ready: true, items: [], recordDiskFreeMb: 100_000 };
    const report = await sessions.preflight(showId);
    expect(report.ready).toBe(true);
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['show', 'ok'],
      ['obs', 'ok'],
      ['scenes', 'ok'],
      ['disk', 'ok'],
      ['recordDisk', 'ok'],
    ]);
    expect(report.obs).toEqual({ state: 'ready', outputs: READY.outputs });
    sessions.close();
  });

  it('a show with no cues fails the show check, and going live is refused with nothing written', async () => {
    const { ctx, sessions, shows } = setup();
    const empty = shows.createShow({ name: '空节目', notes: '', plannedStartAt: null });
    const report = await sessions.preflight(empty.id);
    expect(report.ready).toBe(false);
    expect(check(report, 'show')).toMatchObject({ status: 'failed', code: 'SHOW_EMPTY' });
    const eventsBefore = ctx.events.lastSeq();
    expect(domainError(() => sessions.start(empty.id))).toMatchObject({ code: 'CONFLICT', reason: 'SHOW_EMPTY' });
    expect(ctx.db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 0 });
    expect(ctx.events.lastSeq()).toBe(eventsBefore);
    sessions.close();
  });

  it('a cue whose product was deleted is named, and going live is refused naming that cue', async () => {
    const { ctx, sessions, showId, productB, secondCueId } = setup();
    // The catalog refuses to delete a product a cue uses; a dangling reference still arrives by other roads
    // (an older database, a hand-edited package), so it is made directly here.
    ctx.db.prepare('DELETE FROM products WHERE id = ?').run(productB);
    const report = await sessions.preflight(showId);
    expect(check(report, 'show')).toMatchObject({
      status: 'failed',
      code: 'SHOW_INVALID',
      issues: [{ code: 'ITEM_MISSING', cueId: secondCueId, subject: productB }],
    });
    const refused = domainError(() => sessions.start(showId));
    expect(refused).toMatchObject({ code: 'CONFLICT', reason: 'SHOW_INVALID' });
    expect(refused.issues?.[0]?.path).toEqual(['cues', secondCueId]);
    sessions.close();
  });

  it('an expired coupon is a warning only', async () => {
    const { ctx, sessions, shows, showId, deps } = setup();
    const now = ctx.clock.now();
    const coupon = createCouponsService(deps).create({
      name: '满199减20',
      type: 'threshold',
      value: 2000,
      thresholdFen: 19_900,
      quantity: null,
      perBuyerLimit: null,
      productIds: [],
      startsAt: now - 2 * 86_400_000,
      endsAt: now - 86_400_000,
    });
    shows.insertCue({ showId, type: 'coupon', config: { couponId: coupon.id } });
    const report = await sessions.preflight(showId);
    expect(report.ready).toBe(true);
    expect(check(report, 'show')).toMatchObject({ status: 'warning', issues: [{ code: 'COUPON_EXPIRED', subject: coupon.id }] });
    sessions.close();
  });

  it('a flash sale without a flash price is a warning only; its own price or a 秒杀价 coupon settles it', async () => {
    const { ctx, sessions, shows, showId, productB, deps } = setup();
    const bare = shows.insertCue({ showId, type: 'flash_sale', config: { productId: productB, durationMs: 60_000 } });
    const report = await sessions.preflight(showId);
    expect(report.ready).toBe(true);
    expect(check(report, 'show')).toMatchObject({ status: 'warning', issues: [{ code: 'FLASH_PRICE_MISSING', cueId: bare.id }] });

    const now = ctx.clock.now();
    const flashCoupon = createCouponsService(deps).create({
      name: '秒杀 9.9',
      type: 'flash_price',
      value: 990,
      thresholdFen: null,
      quantity: 100,
      perBuyerLimit: 1,
      productIds: [productB],
      startsAt: now,
      endsAt: now + 86_400_000,
    });
    shows.updateCue(bare.id, { config: { productId: productB, couponId: flashCoupon.id } });
    shows.insertCue({ showId, type: 'flash_sale', config: { productId: productB, flashPriceFen: 990, flashQuantity: 50 } });
    expect(check(await sessions.preflight(showId), 'show')).toMatchObject({ status: 'ok', issues: [] });
    sessions.close();
  });

  it('OBS not configured fails the OBS check and skips what needs OBS', async () => {
    const { sessions, showId } = setup({ status: { state: 'not_configured' } });
    const report = await sessions.preflight(showId);
    expect(report.ready).toBe(false);
    expect(check(report, 'obs')).toMatchObject({ status: 'failed', code: 'OBS_NOT_CONFIGURED' });
    expect(check(report, 'scenes')?.status).toBe('skipped');
    expect(check(report, 'recordDisk')?.status).toBe('skipped');
    expect(report.obs.outputs).toBeNull();
    sessions.close();
  });

  it('a scene the show or PANIC needs that OBS lacks fails the scene check, naming it', async () => {
    const { sessions, showId, obs } = setup();
    obs.report = { ready: false, items: [{ kind: 'scene', name: OBS_SAFE_SCENE, exists: false, usedBy: ['panic'] }] };
    const report = await sessions.preflight(showId);
    expect(report.ready).toBe(false);
    expect(check(report, 'scenes')).toMatchObject({
      status: 'failed',
      issues: [{ code: 'OBS_MISSING_SCENE', subject: OBS_SAFE_SCENE, cueId: null }],
    });
    sessions.close();
  });

  it('a camera scene without LiveCue’s graphics on it fails the scene check, naming the scene', async () => {
    const { sessions, showId, obs } = setup();
    obs.report = {
      ready: false,
      items: [{ kind: 'scene', name: '主机位', exists: true, usedBy: ['show'] }],
      showScene: { name: '主机位', hasGraphics: false },
    };
    const report = await sessions.preflight(showId);
    expect(check(report, 'scenes')).toMatchObject({
      status: 'failed',
      issues: [{ code: 'OBS_NO_GRAPHICS_ON_CAMERA', subject: '主机位', cueId: null }],
    });
    obs.report = { ...obs.report, ready: true, showScene: { name: '主机位', hasGraphics: true } };
    expect(check(await sessions.preflight(showId), 'scenes')).toMatchObject({ status: 'ok' });
    sessions.close();
  });

  it.each([
    [100 * MiB, 'failed', 'DISK_LOW'],
    [500 * MiB, 'warning', 'DISK_LOW'],
    [5 * GiB, 'ok', 'OK'],
    [null, 'skipped', 'DISK_UNKNOWN'],
  ] as const)('data disk with %s bytes free is %s', async (free, status, code) => {
    const { sessions, showId } = setup({ freeBytes: free });
    const report = await sessions.preflight(showId);
    expect(check(report, 'disk')).toMatchObject({ status, code });
    expect(report.ready).toBe(status !== 'failed');
    sessions.close();
  });

  it('little room on the recording disk is a warning', async () => {
    const { sessions, showId, obs } = setup();
    obs.report = { ready: true, items: [], recordDiskFreeMb: 800 };
    const report = await sessions.preflight(showId);
    expect(check(report, 'recordDisk')).toMatchObject({ status: 'warning', code: 'RECORD_DISK_LOW', freeBytes: 800 * MiB });
    expect(report.ready).toBe(true);
    sessions.close();
  });
});

describe('going live with OBS outputs', () => {
  it('starts each chosen output after the session is live and logs each result', async () => {
    const { ctx, sessions, showId, obs } = setup();
    const live = await sessions.goLive(showId, { stream: true, record: true, virtualCam: false });
    expect(obs.started).toEqual(['stream', 'record']);
    expect(live.outputs).toEqual([
      { output: 'stream', ok: true, alreadyActive: false },
      { output: 'record', ok: true, alreadyActive: false },
    ]);
    const logged = ctx.events.listSession(live.sessionId).map((e) => e.type);
    expect(logged.indexOf('session.started')).toBeLessThan(logged.indexOf('output.started'));
    expect(logged.filter((t) => t === 'output.started')).toHaveLength(2);
    sessions.close();
  });

  it('a failed output is reported and logged with its reason; the session stays live', async () => {
    const ctx = backendTestContext(catalogTestContext());
    const failure = {
      output: 'stream',
      ok: false,
      alreadyActive: false,
      problem: 'STREAM_NOT_SET_UP',
      message: 'No stream server and no stream key are set in OBS (Settings → Stream)',
    } as const;
    const obs = fakeSessionObs({ status: READY, outputResults: { stream: failure } });
    const sessions = createSessionService(ctx, obs, createCoreServices(ctx), { freeBytes: () => 50 * GiB });
    const { showId } = seedShow(ctx);
    const live = await sessions.goLive(showId, { stream: true, record: false, virtualCam: false });
    expect(live.outputs).toEqual([failure]);
    expect(sessions.current()?.sessionId).toBe(live.sessionId);
    const event = ctx.events.listSession(live.sessionId).find((e) => e.type === 'output.started');
    expect(event?.payload).toMatchObject({ output: 'stream', ok: false, problem: 'STREAM_NOT_SET_UP', message: failure.message });
    sessions.close();
  });

  it('logs a running output that stops or reconnects during the session, and nothing while no session is live', async () => {
    const { ctx, sessions, showId, obs } = setup();
    const change = (from: ObsOutputState, to: ObsOutputState, at: number, byLiveCue = false) =>
      obs.changeOutput({ output: 'record', from, to, at, startedAt: 1000, byLiveCue });
    change('on', 'off', 500);
    const live = await sessions.goLive(showId, { stream: false, record: false, virtualCam: false });
    change('on', 'stopping', 2000);
    change('stopping', 'off', 2100);
    obs.changeOutput({ output: 'stream', from: 'on', to: 'reconnecting', at: 3000, startedAt: 1000, byLiveCue: false });
    obs.changeOutput({ output: 'stream', from: 'reconnecting', to: 'on', at: 3500, startedAt: 1000, byLiveCue: false });
    change('starting', 'off', 4000);
    await vi.waitFor(() => expect(outputEvents(ctx, live.sessionId)).toHaveLength(3));
    expect(outputEvents(ctx, live.sessionId)).toEqual([
      { type: 'output.stopped', payload: { sessionId: live.sessionId, output: 'record', at: 2100, byLiveCue: false, startedAt: 1000 } },
      { type: 'output.reconnecting', payload: { sessionId: live.sessionId, output: 'stream', at: 3000 } },
      { type: 'output.reconnected', payload: { sessionId: live.sessionId, output: 'stream', at: 3500 } },
    ]);
    // The stop before the session, and the failed start that never ran, are not logged at all.
    expect(ctx.db.prepare("SELECT count(*) AS n FROM events WHERE type LIKE 'output.%'").get()).toEqual({ n: 3 });
    sessions.close();
  });
});

function outputEvents(ctx: ReturnType<typeof setup>['ctx'], sessionId: string) {
  return ctx.events
    .listSession(sessionId)
    .filter((e) => e.type.startsWith('output.') && e.type !== 'output.started')
    .map((e) => ({ type: e.type, payload: e.payload }));
}
