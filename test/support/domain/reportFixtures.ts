import type { CueType } from '../../../shared/domain/catalog/show';
import type { ObsOutputKind, ObsStreamHealth } from '../../../shared/domain/obsActions';
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
    health(at: number, sample: Partial<ObsStreamHealth> = {}) {
      push({ type: 'obs.health', payload: healthSample(at, sample) });
      return log;
    },
  };
  return log;
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
