import { performance } from 'node:perf_hooks';
import { OBSWebSocket } from 'obs-websocket-js/json';
import { backendTestContext, catalogTestContext } from '../../electron/backend/catalog/catalogTestContext';
import { createProductsService } from '../../electron/backend/catalog/products.service';
import { GraphicsRenderer } from '../../electron/backend/obs/graphics/graphicsRenderer';
import { ObsController } from '../../electron/backend/obs/obsController';
import type { ObsOp } from '../../electron/backend/obs/obsOps';
import { runSetupAssistant } from '../../electron/backend/obs/setup/setupAssistant';
import { realTimers } from '../../electron/backend/obs/timers';
import { fakeSessionObs } from '../../electron/backend/session/fakeSessionObs';
import { createSessionService } from '../../electron/backend/session/session.service';
import { createShowsService } from '../../electron/backend/shows/shows.service';
import type { ObsActionResult } from '../../shared/domain/obsActions';
import { OBS_SAFE_SCENE } from '../../shared/domain/obsLayout';
import { defaultOverlayTheme } from '../../shared/domain/overlay/overlayTheme';
import { obsInstalled, startObs } from '../helpers/obsHarness';
import { type Benchmark, line, median, percentile } from './benchResult';
import { untilOverlayKnown } from './obs.cueFire.bench';
import { waitObsReady } from './obsReady';

const CAMERA = 'Bench camera';

const CUES = 60;
const ROUNDS = 5;

/**
 * show.go: GO → every effect applied: the reducer's events committed to SQLite (WAL, FULL) and the
 * cue's OBS batch acknowledged by real OBS, p95 over 60 product cues (median as an extra field);
 * against the p95 of a raw SetCurrentProgramScene on the same OBS, rounds interleaved in one run.
 */
export const showGo: Benchmark = {
  name: 'show.go',
  async run() {
    if (!obsInstalled()) throw new Error('show.go needs OBS Studio and Xvfb (apt-get install obs-studio xvfb)');
    const obs = await startObs();
    const base = catalogTestContext();
    // Real time: the debounce and deadlines run on the wall clock here.
    const ctx = backendTestContext({ ...base, clock: { now: () => Date.now(), monotonic: () => performance.now() } });
    const controller = new ObsController();
    const raw = new OBSWebSocket();
    let acknowledged: (() => void) | null = null;
    // The product card drawn by the real graphics renderer, as the backend does.
    const graphics = new GraphicsRenderer({
      obs: controller,
      timers: realTimers,
      theme: () => defaultOverlayTheme,
      logo: () => null,
      native: () => true,
    });
    const sessionObs = {
      ...fakeSessionObs(),
      status: () => controller.status(),
      graphics,
      run: async (actions: ObsOp[]): Promise<ObsActionResult[]> => {
        const results = await controller.run(actions);
        acknowledged?.();
        return results;
      },
    };
    const sessions = createSessionService(ctx, sessionObs, { debounceMs: 0 });
    try {
      controller.configure({ url: obs.url, password: obs.password });
      await waitObsReady(controller);
      await raw.connect(obs.url, obs.password, { eventSubscriptions: 0 });
      await raw.call('CreateScene', { sceneName: CAMERA });
      await runSetupAssistant(controller.requireLink(), { renderer: 'native', camera: { kind: 'scenes', scenes: [CAMERA] } });
      await raw.call('SetCurrentProgramScene', { sceneName: CAMERA });
      await untilOverlayKnown(controller);

      const deps = { db: ctx.db, events: ctx.events, clock: ctx.clock };
      const products = createProductsService(deps);
      const shows = createShowsService(deps);
      const show = shows.createShow({ name: 'bench', notes: '', plannedStartAt: null });
      let after: string | null = null;
      for (let i = 0; i < CUES * ROUNDS + 2; i++) {
        const p = products.create({ sku: `G${i}`, title: `爆款 #${i}`, livePriceFen: 9_900 + i });
        after = shows.insertCue({ showId: show.id, type: 'product', config: { productId: p.id }, ...(after ? { afterId: after } : {}) }).id;
      }
      const live = sessions.start(show.id);
      let standby = live.state.standbyId;
      // The card appears with the first GO (one frame's wait in its batch); the measured GOs change it.
      {
        const done = new Promise<void>((resolve) => {
          acknowledged = resolve;
        });
        standby = sessions.command(live.sessionId, { type: 'go', expectedStandbyId: standby }).state.standbyId;
        await done;
      }

      const goMs: number[] = [];
      const rawMs: number[] = [];
      const scenes = [CAMERA, OBS_SAFE_SCENE];
      let n = 0;
      for (let round = 0; round < ROUNDS; round++) {
        for (let i = 0; i < CUES; i++) {
          const done = new Promise<void>((resolve) => {
            acknowledged = resolve;
          });
          const t0 = performance.now();
          const view = sessions.command(live.sessionId, { type: 'go', expectedStandbyId: standby });
          await done;
          goMs.push(performance.now() - t0);
          standby = view.state.standbyId;
        }
        for (let i = 0; i < CUES; i++) {
          const t0 = performance.now();
          await raw.call('SetCurrentProgramScene', { sceneName: scenes[n++ % 2] ?? CAMERA });
          rawMs.push(performance.now() - t0);
        }
      }
      return [
        line(
          {
            name: 'show.go',
            value: percentile(goMs, 95),
            unit: 'ms',
            baseline: 'raw obs-websocket-js SetCurrentProgramScene p95, same OBS, same run',
            baselineValue: percentile(rawMs, 95),
          },
          { median: median(goMs), baselineMedian: median(rawMs), samples: goMs.length },
        ),
      ];
    } finally {
      sessions.close();
      graphics.close();
      controller.close();
      await raw.disconnect().catch(() => {});
      await obs.stop();
      base.db.close();
    }
  },
};
