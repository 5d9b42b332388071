import type { CueType } from '../../../shared/domain/catalog/show';
import type { ObsOutputKind, ObsStreamHealth } from '../../../shared/domain/obsActions';
import type { LivePlatform, PlatformMinuteRow, PlatformProductRow } from '../../../shared/domain/platform/platformData';
import type { ReportEvent } from '../../../shared/domain/report/reportEvent';
import type {
  CueEndReason,
  SessionCounter,
  SessionEvent,
  SessionEventPayload,
  SessionGauge,
} from '../../../shared/domain/session/sessionEvents';

/** T0 of the hand-written fixtures; `s(n)` is n seconds after it. */
export const T0 = 1_700_000_000_000;
export const s = (seconds: number) => T0 + seconds * 1000;

type CueOptions = Partial<Omit<SessionEventPayload<'cue.started'>, 'sessionId' | 'cueId' | 'at'>>;

/** Builds a session's event log by hand, in log order (seq counts up). For tests. */
export function sessionLog(sessionId = 's1') {
  const events: ReportEvent[] = [];
  let seq = 0;
  const push = (event: Omit<SessionEvent, 'seq'> | Omit<ReportEvent, 'seq'>) => {
    events.push({ seq: ++seq, ...event } as ReportEvent);
  };
  const log = {
    events,
    started(at: number, showName = 'Spring show') {
      push({ type: 'session.started', payload: { sessionId, showId: 'show1', showName, at } });
      return log;
    },
    ended(at: number) {
      push({ type: 'session.ended', payload: { sessionId, at } });
      return log;
    },
    cue(at: number, cueId: string, cueType: CueType, options: CueOptions = {}) {
      push({
        type: 'cue.started',
        payload: {
          sessionId,
          cueId,
          cueType,
          title: options.title ?? cueId,
          at,
          trigger: options.trigger ?? 'go',
          productId: options.productId ?? null,
          couponId: options.couponId ?? null,
          taskId: options.taskId ?? null,
          plannedStartAt: options.plannedStartAt ?? null,
          plannedDurationMs: options.plannedDurationMs ?? null,
          deadlineAt: options.deadlineAt ?? null,
          ...(options.taskTarget === undefined ? {} : { taskTarget: options.taskTarget }),
          ...(options.taskCounter === undefined ? {} : { taskCounter: options.taskCounter }),
        },
      });
      return log;
    },
    cueEnded(at: number, cueId: string, reason: CueEndReason = 'next') {
      push({ type: 'cue.ended', payload: { sessionId, cueId, at, reason } });
      return log;
    },
    count(at: number, counter: SessionCounter, by: number, productId: string | null = null) {
      push({ type: 'counter.incremented', payload: { sessionId, counter, by, at, productId } });
      return log;
    },
    gauge(at: number, gauge: SessionGauge, value: number) {
      push({ type: 'gauge.read', payload: { sessionId, gauge, value, at } });
      return log;
    },
    coupon(at: number, couponId: string, quantity: number | null, claimUntil: number | null) {
      push({ type: 'coupon.dropped', payload: { sessionId, couponId, quantity, claimUntil, at } });
      return log;
    },
    task(at: number, taskId: string, target: number, reached: number) {
      push({ type: 'task.progress', payload: { sessionId, taskId, target, reached, at } });
      return log;
    },
    panic(at: number) {
      push({ type: 'panic', payload: { sessionId, at } });
      return log;
    },
    batch(at: number, cueId: string | null, failures: { action: string; message: string }[] = [], repeated?: number) {
      const payload = { sessionId, cueId, at, ok: failures.length === 0, failures };
      push({ type: 'obs.batch', payload: repeated === undefined ? payload : { ...payload, repeated } });
      return log;
    },
    /** An output that stopped during the session (by LiveCue or not). */
    outputStopped(at: number, output: ObsOutputKind, byLiveCue: boolean) {
      push({ type: 'output.stopped', payload: { sessionId, output, at, byLiveCue, startedAt: null } });
      return log;
    },
    /** A platform results file imported at `at` (rows as the import matched them). */
    platformProducts(at: number, rows: PlatformProductRow[], file: Partial<PlatformFile> = {}) {
      push({ type: 'platform.products', payload: { sessionId, at, ...platformFile(file), rows } });
      return log;
    },
    platformTrend(at: number, rows: PlatformMinuteRow[], file: Partial<PlatformFile> = {}) {
      push({ type: 'platform.trend', payload: { sessionId, at, ...platformFile(file), rows } });
      return log;
    },
    health(at: number, sample: Partial<ObsStreamHealth> = {}) {
      push({ type: 'obs.health', payload: healthSample(at, sample) });
      return log;
    },
  };
  return log;
}

interface PlatformFile {
  importId: string;
  platform: LivePlatform;
  fileName: string;
}
const platformFile = (file: Partial<PlatformFile>): PlatformFile => ({
  importId: 'import-1',
  platform: 'douyin',
  fileName: 'export.xlsx',
  ...file,
});

/** A matched (productId) or unmatched (null) row of a platform products file; figures absent unless given. */
export function productRow(productId: string | null, figures: Partial<PlatformProductRow> = {}): PlatformProductRow {
  return {
    productId,
    matchedBy: productId === null ? null : 'platformId',
    platformProductId: null,
    sku: null,
    title: null,
    exposures: null,
    clicks: null,
    orders: null,
    buyers: null,
    gmvFen: null,
    refundFen: null,
    ...figures,
  };
}

/** A minute of a platform trend file; figures absent unless given. */
export function minuteRow(at: number, figures: Partial<Omit<PlatformMinuteRow, 'at'>> = {}): PlatformMinuteRow {
  return {
    at,
    viewersOnline: null,
    entries: null,
    likes: null,
    comments: null,
    newFollowers: null,
    orders: null,
    gmvFen: null,
    ...figures,
  };
}

export function healthSample(at: number, sample: Partial<ObsStreamHealth> = {}): ObsStreamHealth {
  return {
    at,
    active: true,
    bitrateKbps: 2500,
    congestion: 0,
    droppedFrames: 0,
    totalFrames: 0,
    skippedFrames: 0,
    renderSkippedFrames: 0,
    cpuPercent: 10,
    activeFps: 30,
    availableDiskMb: 50_000,
    ...sample,
  };
}
