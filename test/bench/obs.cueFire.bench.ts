import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { OBSWebSocket } from 'obs-websocket-js/json';
import { requestFor } from '../../electron/backend/obs/actionRequests';
import { GraphicsRenderer } from '../../electron/backend/obs/graphics/graphicsRenderer';
import { ObsController } from '../../electron/backend/obs/obsController';
import type { ObsOp } from '../../electron/backend/obs/obsOps';
import { OBS_SAFE_SCENE } from '../../shared/domain/obsLayout';
import { defaultOverlayTheme } from '../../shared/domain/overlay/overlayTheme';
import { reduce, startSession } from '../../shared/domain/runtime';
import { realTimers } from '../../shared/timing/timers';
import { obsInstalled, startObs } from '../helpers/obsHarness';
import { encodePng } from '../helpers/png';
import { cue, fixtureSetup } from '../support/domain/showFixture';
import { type Benchmark, line, median, percentile } from './benchResult';
import { BENCH_CAMERA, layersOverCamera, untilOverlayKnown } from './obsReady';

const ROUNDS = 6;
const PER_ROUND = 10;
const WARMUP = 6;

/**
 * obs.cueFire: a product cue's graphics (the card's title, price, list price with its strike, badge and picture, as the
 * graphics renderer sends them when one product follows another) through the controller's one batch, against real OBS
 * with the overlay on a camera scene. Baselines in the same run, rounds interleaved: a single raw
 * SetCurrentProgramScene (what a cue cost when it switched scenes), and the same requests as sequential raw calls.
 */
export const obsCueFire: Benchmark = {
  name: 'obs.cueFire',
  async run() {
    if (!obsInstalled()) throw new Error('obs.cueFire needs OBS Studio and Xvfb (apt-get install obs-studio xvfb)');
    const obs = await startObs();
    const dir = mkdtempSync(path.join(tmpdir(), 'livecue-bench-obs-'));
    const controller = new ObsController();
    const raw = new OBSWebSocket();
    try {
      await layersOverCamera(controller, raw, obs);
      // Two product pictures OBS decodes from disk.
      const images = ['a.png', 'b.png'].map((name, i) => {
        const file = path.join(dir, name);
        writeFileSync(
          file,
          encodePng(600, 600, (x) => (x < 300 === (i === 0) ? [230, 40, 60] : [250, 250, 250])),
        );
        return file;
      });

      // The ops of each cue, as the renderer computes them from the running show (product after product).
      const products = Array.from({ length: 2 * (WARMUP + ROUNDS * PER_ROUND) + 2 }, (_, i) => `prod-${i}`);
      const setup = fixtureSetup(products.map((p, i) => cue(`c${i}`, 'product', { productId: p })));
      setup.catalog.products = Object.fromEntries(
        products.map((p, i) => [
          p,
          { title: `爆款 #${i} 羊绒围巾 秋冬加厚`, livePriceFen: 9_900 + i, listPriceFen: 19_900 + i, imagePath: images[i % 2] ?? '' },
        ]),
      );
      await untilOverlayKnown(controller);
      const renderer = new GraphicsRenderer({
        obs: {
          state: 'ready',
          get snapshot() {
            return controller.snapshot;
          },
          onStatus: () => () => {},
          runShow: async () => [],
        },
        timers: realTimers,
        theme: () => defaultOverlayTheme,
        logo: () => null,
        native: () => true,
      });
      let state = startSession(setup, Date.now()).state;
      const opsOf = (i: number): ObsOp[] => {
        state = reduce(state, { type: 'jump', cueId: `c${i}` }, Date.now()).state;
        return renderer.update(state, Date.now());
      };
      await controller.run(opsOf(0)); // the card appears once; from here on one product follows another

      const fireBatch = async (ops: ObsOp[]) => {
        const results = await controller.run(ops);
        if (!results.every((r) => r.ok)) throw new Error(`cue failed: ${JSON.stringify(results)}`);
      };
      let scene = 0;
      const fireSceneOnly = () => raw.call('SetCurrentProgramScene', { sceneName: scene++ % 2 ? BENCH_CAMERA : OBS_SAFE_SCENE });
      const fireSequential = async (ops: ObsOp[]) => {
        for (const op of ops) {
          const request = requestFor(op, controller.snapshot?.items ?? new Map());
          if (!request) throw new Error(`no request for ${op.kind}`);
          await raw.call(request.requestType as 'SetInputSettings', request.requestData as never);
        }
      };
      const samples: number[][] = [[], [], []];
      let n = 1;
      let requests = 0;
      const round = async (record: boolean) => {
        for (const kind of [0, 1, 2]) {
          for (let i = 0; i < (record ? PER_ROUND : 1); i++) {
            const ops = kind === 1 ? [] : opsOf(n++);
            requests = Math.max(requests, ops.length);
            const t0 = performance.now();
            if (kind === 0) await fireBatch(ops);
            else if (kind === 1) await fireSceneOnly();
            else await fireSequential(ops);
            if (record) samples[kind]?.push(performance.now() - t0);
          }
        }
      };
      for (let i = 0; i < WARMUP; i++) await round(false);
      for (let r = 0; r < ROUNDS; r++) await round(true);
      renderer.close();

      const [batch = [], sceneSwitch = [], sequential = []] = samples;
      const extra = (base: number[]) => ({
        p95: percentile(batch, 95),
        baselineP95: percentile(base, 95),
        requestsPerCue: requests,
        samples: batch.length,
      });
      return [
        line(
          {
            name: 'obs.cueFire.vsSceneSwitch',
            value: median(batch),
            unit: 'ms',
            baseline: 'raw obs-websocket-js SetCurrentProgramScene alone, same OBS, same run',
            baselineValue: median(sceneSwitch),
          },
          extra(sceneSwitch),
        ),
        line(
          {
            name: 'obs.cueFire.vsSequential',
            value: median(batch),
            unit: 'ms',
            baseline: 'raw obs-websocket-js, the same requests one by one',
            baselineValue: median(sequential),
          },
          extra(sequential),
        ),
      ];
    } finally {
      controller.close();
      await raw.disconnect().catch(() => {});
      await obs.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
