import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { OBSWebSocket } from 'obs-websocket-js/json';
import { ObsController } from '../../electron/backend/obs/obsController';
import { runSetupAssistant } from '../../electron/backend/obs/setupAssistant';
import type { ObsAction } from '../../shared/domain/obsActions';
import { OBS_PRODUCT_SCENE, OBS_SAFE_SCENE, OBS_SOURCES } from '../../shared/domain/obsLayout';
import { obsInstalled, startObs } from '../helpers/obsHarness';
import { type Benchmark, line, median, percentile } from './benchResult';
import { waitObsReady } from './obsReady';

const ROUNDS = 6;
const PER_ROUND = 10;
const WARMUP = 6;

/**
 * obs.cueFire: one cue's actions (scene switch + title + price + image + countdown text) through the
 * controller's batch, against real OBS started the way the tests start it, alternating between two
 * scenes. Baselines in the same run, rounds interleaved: a single raw SetCurrentProgramScene, and
 * the same five actions as sequential raw obs-websocket-js calls.
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
      controller.configure({ url: obs.url, password: obs.password });
      await waitObsReady(controller);
      await runSetupAssistant(controller.requireLink());
      await raw.connect(obs.url, obs.password, { eventSubscriptions: 0 });
      // Two real product images, rendered by OBS itself.
      const images = [path.join(dir, 'a.png'), path.join(dir, 'b.png')];
      for (const [i, file] of images.entries()) {
        await raw.call('SaveSourceScreenshot', {
          sourceName: i === 0 ? OBS_SAFE_SCENE : OBS_PRODUCT_SCENE,
          imageFormat: 'png',
          imageFilePath: file,
          imageWidth: 320,
        });
      }
      const scenes = [OBS_PRODUCT_SCENE, OBS_SAFE_SCENE];
      const cue = (i: number): ObsAction[] => [
        { kind: 'setText', source: OBS_SOURCES.title, text: `爆款 #${i} 羊绒围巾` },
        { kind: 'setText', source: OBS_SOURCES.price, text: `¥${100 + (i % 50)}` },
        { kind: 'setImage', source: OBS_SOURCES.image, file: images[i % 2] ?? '' },
        { kind: 'setText', source: OBS_SOURCES.countdown, text: `00:${String(59 - (i % 60)).padStart(2, '0')}` },
        { kind: 'switchScene', scene: scenes[i % 2] ?? OBS_PRODUCT_SCENE },
      ];
      const fireBatch = async (i: number) => {
        const results = await controller.run(cue(i));
        if (!results.every((r) => r.ok)) throw new Error(`cue failed: ${JSON.stringify(results)}`);
      };
      const fireSceneOnly = (i: number) => raw.call('SetCurrentProgramScene', { sceneName: scenes[i % 2] ?? OBS_PRODUCT_SCENE });
      const fireSequential = async (i: number) => {
        for (const action of cue(i)) {
          if (action.kind === 'setText')
            await raw.call('SetInputSettings', { inputName: action.source, inputSettings: { text: action.text }, overlay: true });
          else if (action.kind === 'setImage')
            await raw.call('SetInputSettings', { inputName: action.source, inputSettings: { file: action.file }, overlay: true });
          else if (action.kind === 'switchScene') await raw.call('SetCurrentProgramScene', { sceneName: action.scene });
        }
      };
      const kinds = [fireBatch, fireSceneOnly, fireSequential];
      const samples: number[][] = [[], [], []];
      let n = 0;
      for (let i = 0; i < WARMUP; i++) for (const fire of kinds) await fire(n++);
      for (let round = 0; round < ROUNDS; round++) {
        for (const [k, fire] of kinds.entries()) {
          for (let i = 0; i < PER_ROUND; i++) {
            const t0 = performance.now();
            await fire(n++);
            samples[k]?.push(performance.now() - t0);
          }
        }
      }
      const [batch = [], scene = [], sequential = []] = samples;
      const extra = (base: number[]) => ({ p95: percentile(batch, 95), baselineP95: percentile(base, 95), samples: batch.length });
      return [
        line(
          {
            name: 'obs.cueFire.vsSceneSwitch',
            value: median(batch),
            unit: 'ms',
            baseline: 'raw obs-websocket-js SetCurrentProgramScene alone, same OBS, same run',
            baselineValue: median(scene),
          },
          extra(scene),
        ),
        line(
          {
            name: 'obs.cueFire.vsSequential',
            value: median(batch),
            unit: 'ms',
            baseline: 'raw obs-websocket-js, same five actions, sequential',
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
