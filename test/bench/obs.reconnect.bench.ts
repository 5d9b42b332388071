import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { OBSWebSocket } from 'obs-websocket-js/json';
import { ObsController } from '../../electron/backend/obs/obsController';
import { runSetupAssistant } from '../../electron/backend/obs/setup/setupAssistant';
import { overlaySourceName } from '../../shared/domain/obsLayout';
import type { ObsConnectionState } from '../../shared/domain/obsStatus';
import { obsInstalled, startObs } from '../helpers/obsHarness';
import { seededRandom } from '../helpers/seededRandom';
import { type Benchmark, line, median, percentile } from './benchResult';
import { waitObsReady } from './obsReady';

const ROUNDS = 8;
/** Up long enough before each kill to be a show under way, not a crash loop (see reconnectPolicy.ts FLAP_MS). */
const SHOW_MS = 6000;
const TITLE = overlaySourceName('product.title');

/**
 * obs.reconnect: real OBS SIGKILLed mid-show ROUNDS times and started again 2–8 s later; the figure is the time from
 * OBS's WebSocket port listening (seen in /proc/net/tcp*, so measuring it opens no connection) to the controller's
 * `ready`. Baseline in the same run: a raw obs-websocket-js connect + identify to the same OBS once it is back.
 * Each round also checks the picture: the title set while OBS was down is on screen after the reconnect.
 */
export const obsReconnect: Benchmark = {
  name: 'obs.reconnect',
  async run() {
    if (!obsInstalled()) throw new Error('obs.reconnect needs OBS Studio and Xvfb (apt-get install obs-studio xvfb)');
    const random = seededRandom(Number(process.env.LIVECUE_CHAOS_SEED ?? 136));
    const obs = await startObs();
    const controller = new ObsController();
    try {
      controller.configure({ url: obs.url, password: obs.password });
      await waitObsReady(controller);
      await runSetupAssistant(controller.requireLink(), { renderer: 'native' });

      const samples: number[] = [];
      const baseline: number[] = [];
      const downMs: number[] = [];
      let extraHandshakes = 0;
      for (let round = 0; round < ROUNDS; round++) {
        // The show runs: a card now and then, as cues fire.
        const showEnd = Date.now() + SHOW_MS;
        for (let cue = 0; Date.now() < showEnd; cue++) {
          await controller.runShow([{ kind: 'setText', source: TITLE, text: `第${round}轮 商品 ${cue}` }]);
          await sleep(500);
        }
        const states: ObsConnectionState[] = [];
        let readyAt = 0;
        const off = controller.onStatus((s) => {
          if (states.at(-1) !== s.state) states.push(s.state);
          if (s.state === 'ready' && states.includes('lost') && !readyAt) readyAt = performance.now();
        });
        try {
          await obs.kill();
          // GO while OBS is down: refused at once, and what it asked for is on screen after the reconnect.
          const wanted = `第${round}轮 OBS 重启后`;
          const refused = await controller.runShow([{ kind: 'setText', source: TITLE, text: wanted }]).then(
            () => false,
            () => true,
          );
          if (!refused) throw new Error('a show action succeeded while OBS was killed');
          const down = random.int(2000, 8000);
          downMs.push(down);
          await sleep(down);
          const listening = listeningAt(obs.port);
          await obs.restart();
          const listenAt = await listening;
          await waitObsReady(controller);
          samples.push(readyAt - listenAt);
          extraHandshakes += states.filter((s) => s === 'connecting').length - 1;

          const raw = new OBSWebSocket();
          const t0 = performance.now();
          await raw.connect(obs.url, obs.password, { eventSubscriptions: 0 });
          baseline.push(performance.now() - t0);
          const shown = await raw.call('GetInputSettings', { inputName: TITLE });
          await raw.disconnect();
          if (shown.inputSettings.text !== wanted) throw new Error(`round ${round}: OBS shows "${String(shown.inputSettings.text)}"`);
        } finally {
          off();
        }
      }
      return [
        line(
          {
            name: 'obs.reconnect',
            value: percentile(samples, 95),
            unit: 'ms',
            baseline: 'raw obs-websocket-js connect + identify to the same OBS, same run (p95)',
            baselineValue: percentile(baseline, 95),
          },
          {
            median: median(samples),
            max: Math.max(...samples),
            goalMs: 2000,
            rounds: samples.length,
            extraHandshakes,
            medianDownMs: median(downMs),
            seed: random.seed,
          },
        ),
      ];
    } finally {
      controller.close();
      await obs.stop();
    }
  },
};

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * When a socket first LISTENs on `port` (IPv4 or IPv6), polled from /proc every 2 ms: unlike a connect probe this
 * neither touches OBS nor waits for its accept loop.
 */
function listeningAt(port: number, timeoutMs = 60_000): Promise<number> {
  const hexPort = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  const listens = (file: string) => {
    try {
      // Columns: sl local_address rem_address st …; st 0A is LISTEN.
      return readFileSync(file, 'utf8')
        .split('\n')
        .some((row) => {
          const cols = row.trim().split(/\s+/);
          return cols[1]?.endsWith(hexPort) === true && cols[3] === '0A';
        });
    } catch {
      return false;
    }
  };
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (listens('/proc/net/tcp') || listens('/proc/net/tcp6')) return resolve(performance.now());
      if (Date.now() > deadline) return reject(new Error(`port ${port} never listened`));
      setTimeout(poll, 2);
    };
    poll();
  });
}
