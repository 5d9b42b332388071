import { performance } from 'node:perf_hooks';
import { OBSWebSocket } from 'obs-websocket-js/json';
import { createProductsService } from '../../electron/backend/catalog/products.service';
import { createCoreServices } from '../../electron/backend/coreServices';
import { GraphicsRenderer } from '../../electron/backend/obs/graphics/graphicsRenderer';
import { ObsController } from '../../electron/backend/obs/obsController';
import type { ObsOp } from '../../electron/backend/obs/obsOps';
import { createSessionService } from '../../electron/backend/session/session.service';
import { createShowsService } from '../../electron/backend/shows/shows.service';
import type { ObsActionResult } from '../../shared/domain/obsActions';
import { OBS_SAFE_SCENE } from '../../shared/domain/obsLayout';
import { defaultOverlayTheme } from '../../shared/domain/overlay/overlayTheme';
import { realTimers } from '../../shared/timing/timers';
import { obsInstalled, startObs } from '../helpers/obsHarness';
import { backendTestContext, catalogTestContext } from '../support/backend/catalogTestContext';
import { fakeSessionObs } from '../support/backend/fakeSessionObs';
import { type BenchLine, line, median, percentile } from './benchResult';
import { BENCH_CAMERA, layersOverCamera, untilOverlayKnown } from './obsReady';

/**
 * A show of `cues` product cues live against real OBS, as the backend runs it: the session service on a real
 * database (wall clock, GO debounce off), the controller and the native graphics renderer on an OBS set up by the
 * setup assistant over a camera scene. `nextAcknowledged` gives the time the next OBS batch is acknowledged;
 * `againstRawSwitch` measures GOs against the baseline (a raw SetCurrentProgramScene on the same OBS).
 */
export async function startLiveObsShow(name: string, cues: number) {
  if (!obsInstalled()) throw new Error(`${name} needs OBS Studio and Xvfb (apt-get install obs-studio xvfb)`);
  const obs = await startObs();
  const base = catalogTestContext();
  const ctx = backendTestContext({ ...base, clock: { now: () => Date.now(), monotonic: () => performance.now() } });
  const controller = new ObsController();
  const raw = new OBSWebSocket();
  let acknowledged: ((at: number) => void) | null = null;
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
      acknowledged?.(performance.now());
      return results;
    },
  };
  const sessions = createSessionService(ctx, sessionObs, createCoreServices(ctx), { debounceMs: 0 });
  const close = async () => {
    sessions.close();
    graphics.close();
    controller.close();
    await raw.disconnect().catch(() => {});
    await obs.stop();
    base.db.close();
  };
  try {
    await layersOverCamera(controller, raw, obs);
    await untilOverlayKnown(controller);

    const deps = { db: ctx.db, events: ctx.events, clock: ctx.clock };
    const products = createProductsService(deps);
    const shows = createShowsService(deps);
    const show = shows.createShow({ name: 'bench', notes: '', plannedStartAt: null });
    let after: string | null = null;
    for (let i = 0; i < cues; i++) {
      const p = products.create({ sku: `G${i}`, title: `爆款 #${i}`, livePriceFen: 9_900 + i });
      after = shows.insertCue({ showId: show.id, type: 'product', config: { productId: p.id }, ...(after ? { afterId: after } : {}) }).id;
    }
    const live = sessions.start(show.id);
    const scenes = [BENCH_CAMERA, OBS_SAFE_SCENE];
    let n = 0;
    return {
      ctx,
      sessions,
      live,
      /** Resolves with the time the next OBS batch is acknowledged. */
      nextAcknowledged(): Promise<number> {
        return new Promise((resolve) => {
          acknowledged = (at) => {
            acknowledged = null;
            resolve(at);
          };
        });
      },
      /**
       * `go` (one GO, resolving with its ms until OBS acknowledged) once to put the card up, then `rounds` × `perRound`
       * times interleaved with as many raw scene switches; the p95 of each, as one bench line.
       */
      async againstRawSwitch(benchName: string, go: () => Promise<number>, rounds: number, perRound: number): Promise<BenchLine> {
        // The card appears with the first GO (one frame's wait in its batch); the measured GOs change it.
        await go();
        const goMs: number[] = [];
        const rawMs: number[] = [];
        for (let round = 0; round < rounds; round++) {
          for (let i = 0; i < perRound; i++) goMs.push(await go());
          for (let i = 0; i < perRound; i++) {
            const t0 = performance.now();
            await raw.call('SetCurrentProgramScene', { sceneName: scenes[n++ % 2] ?? BENCH_CAMERA });
            rawMs.push(performance.now() - t0);
          }
        }
        return line(
          {
            name: benchName,
            value: percentile(goMs, 95),
            unit: 'ms',
            baseline: 'raw obs-websocket-js SetCurrentProgramScene p95, same OBS, same run',
            baselineValue: percentile(rawMs, 95),
          },
          { median: median(goMs), baselineMedian: median(rawMs), samples: goMs.length },
        );
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
