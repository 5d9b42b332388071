import type { SessionCounter, SessionEventPayload } from '../session/sessionEvents';
import { deriveFigures } from './derivedFigures';
import { createTypedSales } from './explainSales';
import type { FigureSource, ReportSources } from './figureSources';
import { summariseHealth } from './healthSummary';
import { createMinuteSeries } from './minuteSeries';
import { NO_PLATFORM_FIGURES, type PlatformProductsImport, type PlatformTrendImport } from './platformFigures';
import { mergePlatform } from './platformMerge';
import { isReportEventType, type ReportEvent, toReportEvent } from './reportEvent';
import {
  type CouponReport,
  type CueInterval,
  type HealthSample,
  type OutputEventReport,
  type ProductReport,
  REPORT_DEFINITIONS,
  type SessionReport,
} from './sessionReport';
import { createTaskResults } from './taskResults';
import { createTimeWeightedGauge } from './timeWeightedGauge';

export interface ReportOptions {
  /** Only events of this session count; by default the session of the first session event seen. */
  sessionId?: string;
}

type OpenInterval = Omit<CueInterval, 'endedAt' | 'endReason' | 'durationMs' | 'overrunMs'> & {
  endedAt: number | null;
  endReason: CueInterval['endReason'];
};

interface ProductTally {
  couponIds: Set<string>;
  flashSales: ProductReport['flashSales'];
  orders: number | null;
  buyers: number | null;
  gmvFen: number | null;
}

const add = (sum: number | null, by: number) => (sum ?? 0) + by;
const typedSource = (figure: number | null): FigureSource => (figure === null ? null : 'typed');

/**
 * Builds a session report from events fed in log order, in as many chunks as the caller likes
 * (the backend feeds pages between event-loop turns). Memory grows with cues, products, coupons and
 * health samples, not with counter taps, so 100,000 events stay cheap.
 */
export function createReportAccumulator(options: ReportOptions = {}) {
  let sessionId: string | null = options.sessionId ?? null;
  let showId: string | null = null;
  let showName: string | null = null;
  let startedAt: number | null = null;
  let endedAt: number | null = null;
  let skipped = 0;

  const intervals: OpenInterval[] = [];
  const openByCue = new Map<string, OpenInterval>();
  let explaining: OpenInterval | null = null;
  const products = new Map<string, ProductTally>();
  /** The latest cue that carried each coupon, so a drop can be tied to its product. */
  const couponCue = new Map<string, { cueId: string; productId: string | null }>();
  const coupons: CouponReport[] = [];
  const tasks = createTaskResults();
  /** Runs of each cue so far: a re-fire is numbered, so it reads as the same cue again. */
  const runs = new Map<string, number>();
  const typedSales = createTypedSales();
  // The latest import of each kind replaces earlier ones (a corrected file is re-imported whole).
  let platformProducts: PlatformProductsImport | null = null;
  let platformTrend: PlatformTrendImport | null = null;
  const totals: Record<SessionCounter, number | null> = {
    likes: null,
    newFollowers: null,
    fanClubJoins: null,
    comments: null,
    shares: null,
    orders: null,
    buyers: null,
    gmvFen: null,
    views: null,
  };
  let uniqueViewers: { at: number; value: number } | null = null;
  const viewers = createTimeWeightedGauge();
  const minutes = createMinuteSeries();
  const health: HealthSample[] = [];
  const panics: { at: number }[] = [];
  const obs: SessionReport['obs'] = { batches: 0, failedBatches: 0, failures: [] };
  const outputs: OutputEventReport[] = [];
  const output = (
    e: { at: number; output: OutputEventReport['output'] },
    event: OutputEventReport['event'],
    rest: Partial<OutputEventReport> = {},
  ) => outputs.push({ at: e.at, output: e.output, event, byLiveCue: null, message: null, problem: null, subject: null, ...rest });

  function product(id: string): ProductTally {
    let tally = products.get(id);
    if (!tally) {
      tally = { couponIds: new Set(), flashSales: [], orders: null, buyers: null, gmvFen: null };
      products.set(id, tally);
    }
    return tally;
  }

  function close(interval: OpenInterval, at: number, reason: CueInterval['endReason']) {
    interval.endedAt = Math.max(at, interval.startedAt);
    interval.endReason = reason;
    if (openByCue.get(interval.cueId) === interval) openByCue.delete(interval.cueId);
    if (explaining === interval) explaining = null;
  }

  function cueStarted(e: SessionEventPayload<'cue.started'>) {
    // The runtime logs cue.ended first; a start without it still must not leave two runs of a cue,
    // or two products explaining, open at once.
    const previous = openByCue.get(e.cueId);
    if (previous) close(previous, e.at, 'superseded');
    if (e.cueType === 'product' && explaining) close(explaining, e.at, 'superseded');
    const interval: OpenInterval = {
      cueId: e.cueId,
      cueType: e.cueType,
      title: e.title,
      trigger: e.trigger,
      productId: e.productId,
      couponId: e.couponId,
      taskId: e.taskId,
      plannedStartAt: e.plannedStartAt,
      plannedDurationMs: e.plannedDurationMs,
      startedAt: e.at,
      startDelayMs: e.plannedStartAt === null ? null : e.at - e.plannedStartAt,
      endedAt: null,
      endReason: null,
      run: (runs.get(e.cueId) ?? 0) + 1,
    };
    runs.set(e.cueId, interval.run);
    tasks.cueStarted(e);
    intervals.push(interval);
    openByCue.set(e.cueId, interval);
    if (e.cueType === 'product') explaining = interval;
    if (e.couponId !== null) couponCue.set(e.couponId, { cueId: e.cueId, productId: e.productId });
    if (e.productId !== null) {
      const tally = product(e.productId);
      if (e.couponId !== null) tally.couponIds.add(e.couponId);
      if (e.cueType === 'flash_sale') tally.flashSales.push({ cueId: e.cueId, title: e.title, startedAt: e.at });
    }
  }

  function counter(e: SessionEventPayload<'counter.incremented'>) {
    totals[e.counter] = add(totals[e.counter], e.by);
    minutes.counter(e.counter, e.by, e.at);
    if (e.counter === 'orders' || e.counter === 'gmvFen') typedSales.add(e.counter, e.by, e.at);
    if (e.productId === null) return;
    const tally = product(e.productId);
    if (e.counter === 'orders') tally.orders = add(tally.orders, e.by);
    else if (e.counter === 'buyers') tally.buyers = add(tally.buyers, e.by);
    else if (e.counter === 'gmvFen') tally.gmvFen = add(tally.gmvFen, e.by);
  }

  function addEvent(event: ReportEvent) {
    if (event.type === 'obs.health') {
      const h = event.payload;
      // Kept until finish: the session window is only known once session.ended has been read.
      health.push({
        at: Math.round(h.at),
        bitrateKbps: h.bitrateKbps,
        congestion: h.congestion,
        droppedFrames: h.droppedFrames,
        totalFrames: h.totalFrames,
        cpuPercent: h.cpuPercent,
        fps: h.activeFps,
      });
      return;
    }
    sessionId ??= event.payload.sessionId;
    if (event.payload.sessionId !== sessionId) return;
    switch (event.type) {
      case 'session.started':
        ({ showId, showName } = event.payload);
        startedAt = event.payload.at;
        break;
      case 'session.ended':
        endedAt = event.payload.at;
        break;
      case 'cue.started':
        cueStarted(event.payload);
        break;
      case 'cue.ended': {
        const open = openByCue.get(event.payload.cueId);
        if (open) close(open, event.payload.at, event.payload.reason);
        break;
      }
      case 'counter.incremented':
        counter(event.payload);
        break;
      case 'gauge.read':
        if (event.payload.gauge === 'viewersOnline') {
          viewers.read(event.payload.at, event.payload.value);
          minutes.viewers(event.payload.value, event.payload.at);
        } else if (!uniqueViewers || event.payload.at >= uniqueViewers.at)
          uniqueViewers = { at: event.payload.at, value: event.payload.value };
        break;
      case 'coupon.dropped': {
        const { couponId, quantity, claimUntil, at } = event.payload;
        const cue = couponCue.get(couponId) ?? null;
        if (cue?.productId) product(cue.productId).couponIds.add(couponId);
        coupons.push({
          couponId,
          droppedAt: at,
          quantity,
          claimUntil,
          claimWindowMs: claimUntil === null ? null : claimUntil - at,
          cueId: cue?.cueId ?? null,
          productId: cue?.productId ?? null,
        });
        break;
      }
      case 'task.progress':
        tasks.progress(event.payload);
        break;
      case 'platform.products':
        platformProducts = event.payload;
        break;
      case 'platform.trend':
        platformTrend = event.payload;
        break;
      case 'panic':
        panics.push({ at: event.payload.at });
        break;
      case 'output.started':
        output(event.payload, event.payload.ok ? 'started' : 'start_failed', {
          message: event.payload.message ?? null,
          problem: event.payload.problem ?? null,
          subject: event.payload.subject ?? null,
        });
        break;
      case 'output.stopped':
        output(event.payload, 'stopped', { byLiveCue: event.payload.byLiveCue });
        break;
      case 'output.reconnecting':
      case 'output.reconnected':
        output(event.payload, event.type === 'output.reconnecting' ? 'reconnecting' : 'reconnected');
        break;
      case 'obs.batch': {
        // A record of repeated failures stands for that many batches (they were not logged one by one).
        const count = event.payload.repeated ?? 1;
        obs.batches += count;
        if (!event.payload.ok) {
          obs.failedBatches += count;
          obs.failures.push({ at: event.payload.at, cueId: event.payload.cueId, failures: event.payload.failures });
        }
        break;
      }
    }
  }

  return {
    add: addEvent,
    /** A stored row: parsed against its schema; a malformed known event is counted in `skippedEvents`. */
    addStored(seq: number, type: string, payload: unknown) {
      const event = toReportEvent(seq, type, payload);
      if (event) addEvent(event);
      else if (isReportEventType(type)) skipped++;
    },
    /** The session's window as read so far (the backend uses it to find the health samples). */
    window(): { sessionId: string | null; startedAt: number | null; endedAt: number | null } {
      return { sessionId, startedAt, endedAt };
    },
    /** `now` measures what is still running when the session has not ended. */
    finish(now: number): SessionReport {
      const asOf = endedAt ?? now;
      const cues: CueInterval[] = intervals.map((i) => {
        const end = i.endedAt ?? endedAt;
        const durationMs = Math.max(0, (end ?? asOf) - i.startedAt);
        return {
          ...i,
          endedAt: end,
          endReason: i.endReason ?? (end === null ? null : 'session_end'),
          durationMs,
          overrunMs: i.plannedDurationMs === null ? null : durationMs - i.plannedDurationMs,
        };
      });
      const productReports: ProductReport[] = [...products].map(([productId, t]) => {
        const explains = cues.filter((c) => c.cueType === 'product' && c.productId === productId);
        return {
          productId,
          explainCount: explains.length,
          totalExplainMs: explains.reduce((sum, c) => sum + c.durationMs, 0),
          firstExplainAt: explains[0]?.startedAt ?? null,
          lastExplainAt: explains.at(-1)?.startedAt ?? null,
          couponIds: [...t.couponIds],
          flashSales: t.flashSales,
          orders: t.orders,
          buyers: t.buyers,
          gmvFen: t.gmvFen,
          ...NO_PLATFORM_FIGURES,
          sources: { orders: typedSource(t.orders), buyers: typedSource(t.buyers), gmvFen: typedSource(t.gmvFen) },
        };
      });
      const inWindow = startedAt === null ? [] : health.filter((h) => h.at >= (startedAt ?? 0) && h.at <= asOf);
      inWindow.sort((a, b) => a.at - b.at);
      const viewerFigures = viewers.result(asOf);
      const unique = uniqueViewers?.value ?? null;
      const typedTotals = {
        ...totals,
        uniqueViewers: unique,
        peakViewers: viewerFigures.peak,
        averageViewers: viewerFigures.average,
        entries: null,
      };
      const typed: SessionReport = {
        schemaVersion: 1,
        session: {
          sessionId: sessionId ?? '',
          showId,
          showName,
          startedAt,
          endedAt,
          durationMs: startedAt === null ? null : Math.max(0, asOf - startedAt),
          live: endedAt === null,
          asOf,
        },
        cues,
        products: productReports,
        coupons,
        tasks: tasks.result(),
        totals: typedTotals,
        derived: deriveFigures({ gmvFen: totals.gmvFen, views: totals.views, uniqueViewers: unique, buyers: totals.buyers }),
        definitions: { ...REPORT_DEFINITIONS },
        health: { summary: summariseHealth(inWindow), timeline: inWindow },
        panics,
        obs,
        outputs,
        minutes: minutes.result(startedAt, asOf),
        sources: {
          platform: { products: null, trend: null },
          totals: Object.fromEntries(Object.entries(typedTotals).map(([k, v]) => [k, typedSource(v)])) as ReportSources['totals'],
          minutes: { viewersOnline: null, likes: null, orders: null, gmvFen: null },
        },
        unmatchedProducts: [],
        skippedEvents: skipped,
      };
      return mergePlatform(typed, { products: platformProducts, trend: platformTrend, typedSales: typedSales.window() });
    },
  };
}

export type ReportAccumulator = ReturnType<typeof createReportAccumulator>;
