import { GraphicsRenderer } from '../../../electron/backend/obs/graphics/graphicsRenderer';
import type { ObsOp } from '../../../electron/backend/obs/obsOps';
import type { OutputChange } from '../../../electron/backend/obs/outputWatch';
import type { ObsSnapshot } from '../../../electron/backend/obs/resync';
import type { SessionObs } from '../../../electron/backend/session/session.service';
import type { ObsActionResult, ObsOutputKind } from '../../../shared/domain/obsActions';
import { OBS_OVERLAY_SCENE, type PreflightReport } from '../../../shared/domain/obsLayout';
import type { ObsStatus } from '../../../shared/domain/obsStatus';
import { defaultOverlayTheme } from '../../../shared/domain/overlay/overlayTheme';
import type { OutputStartResult } from '../../../shared/domain/session/sessionPreflight';
import type { Timers } from '../../../shared/timing/timers';

export interface FakeSessionObs extends SessionObs {
  /** Every batch sent, in order. */
  batches: ObsOp[][];
  /** Outputs asked to start, in order. */
  started: ObsOutputKind[];
  /** What `status()` answers; tests change it. */
  current: ObsStatus;
  /** What the scene check answers. */
  report: PreflightReport;
  /** Tells the session an output changed, as OBS's state events would. */
  changeOutput(change: OutputChange): void;
}

/** An OBS that is set up for LiveCue's native graphics, for the renderer: a 1280×720 canvas with the overlay scene. */
export function fakeGraphicsSnapshot(): ObsSnapshot {
  return {
    obsVersion: '29.0.2',
    websocketVersion: '5.1.0',
    availableRequests: new Set(),
    scenes: [OBS_OVERLAY_SCENE],
    currentScene: null,
    outputs: { streaming: false, recording: false, virtualCam: null },
    outputReads: { stream: idleOutput(), record: idleOutput(), virtualCam: null },
    items: new Map([[OBS_OVERLAY_SCENE, new Map()]]),
    canvas: { width: 1280, height: 720 },
    frameMs: 1000 / 30,
    inputKinds: new Map(),
    platform: 'linux',
  };
}

function idleOutput() {
  return { active: false, durationMs: null, reconnecting: false, paused: false };
}

const idleTimers: Timers = { now: () => Date.now(), setTimeout: () => null, clearTimeout: () => {} };

/**
 * OBS as the session service sees it, in memory: records batches and output starts (each ok unless `outputResults`
 * says otherwise); status and scene check are set by the test. With `graphics`, the real graphics renderer draws
 * into it (its own timer-driven batches are recorded too).
 */
export function fakeSessionObs(
  init: {
    status?: ObsStatus;
    report?: PreflightReport;
    outputResults?: Partial<Record<ObsOutputKind, OutputStartResult>>;
    graphics?: boolean;
  } = {},
): FakeSessionObs {
  const listeners = new Set<(change: OutputChange) => void>();
  const run = async (actions: ObsOp[]): Promise<ObsActionResult[]> => {
    obs.batches.push(actions);
    return actions.map(() => ({ ok: true, code: 100 }));
  };
  const obs: FakeSessionObs = {
    batches: [],
    started: [],
    current: init.status ?? { state: 'not_configured' },
    report: init.report ?? { ready: true, items: [] },
    run,
    status: () => obs.current,
    preflightCues: async () => obs.report,
    async startOutput(output: ObsOutputKind): Promise<OutputStartResult> {
      obs.started.push(output);
      return init.outputResults?.[output] ?? { output, ok: true, alreadyActive: false };
    },
    onOutputChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changeOutput(change) {
      for (const listener of listeners) listener(change);
    },
  };
  if (init.graphics) {
    obs.graphics = new GraphicsRenderer({
      obs: { state: 'ready', snapshot: fakeGraphicsSnapshot(), onStatus: () => () => {}, runShow: run },
      timers: idleTimers,
      theme: () => defaultOverlayTheme,
      logo: () => null,
      native: () => true,
    });
  }
  return obs;
}
