import type { ObsActionResult, ObsOutputKind } from '../../../shared/domain/obsActions';
import { OBS_OVERLAY_SCENE, type PreflightReport } from '../../../shared/domain/obsLayout';
import type { ObsStatus } from '../../../shared/domain/obsStatus';
import { defaultOverlayTheme } from '../../../shared/domain/overlay/overlayTheme';
import { GraphicsRenderer } from '../obs/graphics/graphicsRenderer';
import type { ObsOp } from '../obs/obsOps';
import type { ObsSnapshot } from '../obs/resync';
import type { Timers } from '../obs/timers';
import type { SessionObs } from './session.service';

export interface FakeSessionObs extends SessionObs {
  /** Every batch sent, in order. */
  batches: ObsOp[][];
  /** Outputs started, in order. */
  started: ObsOutputKind[];
  /** What `status()` answers; tests change it. */
  current: ObsStatus;
  /** What the scene check answers. */
  report: PreflightReport;
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
    items: new Map([[OBS_OVERLAY_SCENE, new Map()]]),
    canvas: { width: 1280, height: 720 },
    frameMs: 1000 / 30,
    inputKinds: new Map(),
    platform: 'linux',
  };
}

const idleTimers: Timers = { now: () => Date.now(), setTimeout: () => null, clearTimeout: () => {} };

/**
 * OBS as the session service sees it, in memory: records batches and output starts; status and scene check are set by
 * the test. With `graphics`, the real graphics renderer draws into it (its own timer-driven batches are recorded too).
 */
export function fakeSessionObs(
  init: { status?: ObsStatus; report?: PreflightReport; failOutput?: ObsOutputKind; graphics?: boolean } = {},
): FakeSessionObs {
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
    async output(output: ObsOutputKind): Promise<void> {
      if (output === init.failOutput) throw new Error(`OBS refused to start ${output}`);
      obs.started.push(output);
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
