import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type ReportEvent, toReportEvent } from '../../../shared/domain/report/reportEvent';
import { reportFromJson } from '../../../shared/domain/report/reportJson';
import { catalogTestContext } from '../../../test/support/backend/catalogTestContext';
import { appendGeneratedSession } from '../../../test/support/backend/generatedSession';
import { computeSessionReport } from '../../../test/support/domain/computeSessionReport';
import { healthSample, s, sessionLog } from '../../../test/support/domain/reportFixtures';
import { createProductsService } from '../catalog/products.service';
import { DomainError } from '../dispatch/domainError';
import { createReportService } from './report.service';

const T0 = 1_700_000_000_000;
const HOUR = 3_600_000;

describe('report service', () => {
  const contexts: ReturnType<typeof catalogTestContext>[] = [];
  afterEach(() => {
    for (const c of contexts.splice(0)) {
      c.db.close();
      rmSync(c.dataDir, { recursive: true, force: true });
    }
  });

  function context() {
    const c = catalogTestContext();
    contexts.push(c);
    return c;
  }

  /** The report computed in memory from every stored event, as the reference. */
  function reference(ctx: ReturnType<typeof catalogTestContext>, sessionId: string, now: number) {
    const all = ctx.events
      .listAfter(0, 1_000_000)
      .map((e) => toReportEvent(e.seq, e.type, e.payload))
      .filter((e): e is ReportEvent => e !== null);
    return computeSessionReport(all, { sessionId, now });
  }

  it('reads a generated session from disk in pages and matches the in-memory computation', async () => {
    const ctx = context();
    // Something before and after in the log, so keyset paging and the health window matter.
    ctx.events.append({
      type: 'obs.health',
      payload: {
        at: T0 - 5000,
        active: true,
        bitrateKbps: 1,
        congestion: 0,
        droppedFrames: 0,
        totalFrames: 0,
        skippedFrames: 0,
        renderSkippedFrames: 0,
        cpuPercent: 1,
        activeFps: 1,
        availableDiskMb: 1,
      },
    });
    appendGeneratedSession(ctx.events, { sessionId: 'other', startAt: T0 - HOUR, durationMs: 600_000, totalEvents: 2000 });
    const { written } = appendGeneratedSession(ctx.events, { sessionId: 'live-1', startAt: T0, durationMs: HOUR, totalEvents: 6000 });
    appendGeneratedSession(ctx.events, { sessionId: 'other-2', startAt: T0 + 2 * HOUR, durationMs: 600_000, totalEvents: 2000 });
    expect(written).toBe(6000);

    const service = createReportService(ctx, { pageSize: 700 });
    const report = await service.report('live-1');
    expect(report).toEqual(reference(ctx, 'live-1', report.session.asOf));
    expect(report.session).toMatchObject({ startedAt: T0, endedAt: T0 + HOUR, durationMs: HOUR, live: false });
    // One sample every 2 s of the hour, none from the sessions before and after.
    expect(report.health.timeline).toHaveLength(1800);
    expect(report.cues.filter((c) => c.cueType === 'product')).toHaveLength(12);
    expect(report.products.reduce((n, p) => n + p.explainCount, 0)).toBe(12);
    expect(report.totals.gmvFen).toBe(report.products.reduce((n, p) => n + (p.gmvFen ?? 0), 0));
    expect(report.skippedEvents).toBe(0);
  });

  it('gives the same report whatever the page size', async () => {
    const ctx = context();
    appendGeneratedSession(ctx.events, { sessionId: 's', startAt: T0, durationMs: 600_000, totalEvents: 1500 });
    const small = await createReportService(ctx, { pageSize: 1 }).report('s');
    const large = await createReportService(ctx, { pageSize: 100_000 }).report('s');
    expect(small).toEqual(large);
  });

  it('gives the event loop a turn between pages', async () => {
    const ctx = context();
    appendGeneratedSession(ctx.events, { sessionId: 's', startAt: T0, durationMs: 600_000, totalEvents: 1500 });
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    await createReportService(ctx, { pageSize: 100 }).report('s');
    ticking = false;
    // 1,500 session events and 300 health samples in pages of 100: at least one turn per page.
    expect(turns).toBeGreaterThanOrEqual(15);
  });

  it('measures a live session to the clock and finds its health samples', async () => {
    const ctx = context();
    ctx.events.append({ type: 'session.started', sessionId: 'on', payload: { sessionId: 'on', showId: 'x', showName: 'x', at: T0 } });
    ctx.events.append({ type: 'gauge.read', sessionId: 'on', payload: { sessionId: 'on', gauge: 'viewersOnline', value: 80, at: T0 } });
    ctx.events.append({ type: 'obs.health', payload: healthSample(T0 + 2000) });
    const report = await createReportService({ db: ctx.db, clock: { now: () => T0 + 10_000, monotonic: () => 0 } }).report('on');
    expect(report.session).toMatchObject({ live: true, endedAt: null, durationMs: 10_000, asOf: T0 + 10_000 });
    expect(report.totals.averageViewers).toBe(80);
    expect(report.health.timeline.map((h) => h.at)).toEqual([T0 + 2000]);
  });

  it('refuses a session it has never seen', async () => {
    const service = createReportService(context());
    await expect(service.report('nope')).rejects.toBeInstanceOf(DomainError);
    await expect(service.report('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('exports JSON that parses back and CSV for Excel', async () => {
    const ctx = context();
    appendGeneratedSession(ctx.events, { sessionId: 'exp/1', startAt: T0, durationMs: 600_000, totalEvents: 1500 });
    const service = createReportService(ctx);
    const json = await service.exportReport('exp/1', 'json');
    expect(json).toMatchObject({ fileName: 'livecue-report-exp_1.json', mimeType: 'application/json' });
    expect(reportFromJson(json.text)).toEqual(await service.report('exp/1'));
    const csv = await service.exportReport('exp/1', 'csv', 'en');
    expect(csv.fileName).toBe('livecue-report-exp_1.csv');
    expect(csv.text.startsWith('\uFEFFSummary\r\n')).toBe(true);
  });

  it('names products in the CSV by their SKU from the catalog and the title they had on air', async () => {
    const ctx = context();
    const product = createProductsService(ctx).create({ sku: 'SKU-9', title: '目录里的新名字', livePriceFen: 100 });
    for (const e of sessionLog('sku/1')
      .started(s(0))
      .cue(s(0), 'c1', 'product', { productId: product.id, title: '播出时的名字' })
      .ended(s(60)).events) {
      ctx.events.append({ type: e.type, payload: e.payload, sessionId: 'sku/1' });
    }
    const csv = (await createReportService(ctx).exportReport('sku/1', 'csv', 'zh-CN')).text;
    expect(csv).toContain(`${product.id},SKU-9,播出时的名字,1,`);
  });
});
