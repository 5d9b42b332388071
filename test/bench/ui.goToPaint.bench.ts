/// <reference lib="dom" />
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHost } from '../../electron/host/startHost';
import { must } from '../e2e/overlayShow';
import { CHROMIUM_PATH, chromiumAvailable, launchChromium } from '../helpers/chromium';
import { RawApiClient, wsUrlFor } from '../helpers/wsClient';
import { type Benchmark, line, median, percentile } from './benchResult';

/** Cues in the show; LIVECUE_BENCH_CUES changes it to compare show lengths (the cost should not grow with it). */
const CUES = Number(process.env.LIVECUE_BENCH_CUES ?? 120);
const GOS = 80;
const WARMUP = 5;

declare global {
  interface Window {
    /** Installed by WATCH_GO: resolves with keydown → painted (ms) once the console shows `onAir` on air and `standby` next. */
    lcWatchGo?: (onAir: string, standby: string) => Promise<number>;
    lcGoPainted?: Promise<number> | undefined;
    /** An empty requestAnimationFrame round trip, timed as the GO is: the floor a keypress-to-paint can reach. */
    lcEmptyFrame?: () => Promise<number>;
  }
}

/**
 * Runs in the page (as source text: the bundler's helpers do not exist there). Marks the Space keydown (capture
 * phase, before the console's own handler), watches the DOM until the on-air card and GO show the expected cues,
 * then waits for the frame that shows them and a task after that frame has been painted.
 */
const WATCH_GO = `(function () {
function lcAfterPaint(resolve) {
  requestAnimationFrame(function () {
    var channel = new MessageChannel();
    channel.port1.onmessage = function () { resolve(performance.now()); };
    channel.port2.postMessage(null);
  });
}
window.lcEmptyFrame = function () {
  return new Promise(function (resolve) {
    var start = performance.now();
    lcAfterPaint(function (end) { resolve(end - start); });
  });
};
window.lcWatchGo = function (onAir, standby) {
  return new Promise(function (resolve) {
    var start = null;
    function onKey(e) {
      if (e.code !== 'Space') return;
      window.removeEventListener('keydown', onKey, true);
      start = performance.mark('lc-go-key').startTime;
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    }
    function shown() {
      var card = document.querySelector('[data-testid="live-card-onair"]');
      var go = document.querySelector('[data-testid="live-go"]');
      return card !== null && go !== null && card.getAttribute('data-cue-id') === onAir && go.getAttribute('data-standby-id') === standby;
    }
    var observer = new MutationObserver(function () {
      if (!shown()) return;
      observer.disconnect();
      lcAfterPaint(function () {
        resolve(performance.measure('lc-go-paint', 'lc-go-key').duration);
      });
    });
    window.addEventListener('keydown', onKey, true);
  });
};
})()`;

interface View {
  sessionId: string;
  state: { cues: { id: string }[] };
}

/**
 * ui.goToPaint: Space pressed in the live console (Chromium, 1366×768, zh-CN) → the on-air card and GO's new standby
 * painted (keydown mark → the DOM shows both → requestAnimationFrame → a task after that frame's paint), p95 over
 * 80 GOs on a 120-cue show, against the p95 of an empty requestAnimationFrame round trip in the same page, measured
 * between the GOs.
 */
export const uiGoToPaint: Benchmark = {
  name: 'ui.goToPaint',
  async run() {
    if (!chromiumAvailable()) throw new Error(`ui.goToPaint needs Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
    if (!(CUES >= 2)) throw new Error(`ui.goToPaint needs at least 2 cues (LIVECUE_BENCH_CUES=${process.env.LIVECUE_BENCH_CUES})`);
    const build = spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', 'renderer'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (build.status !== 0) throw new Error('building the renderer failed');

    const dir = mkdtempSync(path.join(tmpdir(), 'livecue-bench-ui-'));
    const host = await startHost({
      port: 0,
      host: '127.0.0.1',
      dataDir: path.join(dir, 'data'),
      appVersion: 'bench',
      rendererDir: path.resolve('out/renderer'),
    });
    const api = await RawApiClient.connect(wsUrlFor(host.url));
    const browser = await launchChromium();
    try {
      // Every press counts: no debounce between the benchmark's GOs.
      await must(api, 'settings.update', { goDebounceMs: 0, language: 'zh-CN' });
      const show = await must<{ id: string }>(api, 'show.create', { name: 'bench console' });
      for (let i = 0; i < CUES; i++) {
        const product = await must<{ id: string }>(api, 'product.create', {
          sku: `UIB-${i}`,
          title: `爆款 #${i} 真丝连衣裙`,
          livePriceFen: 9_900 + i,
          sellingPoints: ['100% 桑蚕丝，透气不闷热', '三个颜色，S 到 XL 都有'],
        });
        await must(api, 'cue.insert', { showId: show.id, type: 'product', config: { productId: product.id } });
      }
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
      await page.goto(host.url);
      await page.evaluate(WATCH_GO);

      const paintMs: number[] = [];
      const frameMs: number[] = [];
      let presses = 0;
      // A short show is run again (a new session) until there are enough samples.
      while (paintMs.length < GOS) {
        const view = await must<View>(api, 'session.start', { showId: show.id });
        const ids = view.state.cues.map((c) => c.id);
        await page.locator(`[data-testid="live-go"][data-standby-id="${ids[0]}"]`).waitFor();
        for (let i = 0; i + 1 < ids.length && paintMs.length < GOS; i++) {
          await page.evaluate(
            ([a, s]) => {
              window.lcGoPainted = window.lcWatchGo?.(a as string, s as string);
            },
            [ids[i], ids[i + 1]],
          );
          await page.keyboard.press('Space');
          const painted = (await page.evaluate(() => window.lcGoPainted)) ?? Number.NaN;
          const frame = (await page.evaluate(() => window.lcEmptyFrame?.())) ?? Number.NaN;
          if (presses++ < WARMUP) continue;
          paintMs.push(painted);
          frameMs.push(frame);
        }
        await must(api, 'session.command', { sessionId: view.sessionId, command: { type: 'end' } });
      }
      await page.close();
      return [
        line(
          {
            name: 'ui.goToPaint',
            value: percentile(paintMs, 95),
            unit: 'ms',
            baseline: 'an empty requestAnimationFrame round trip (to a task after the paint) in the same page, p95, same run',
            baselineValue: percentile(frameMs, 95),
          },
          { median: median(paintMs), baselineMedian: median(frameMs), samples: paintMs.length, cues: CUES },
        ),
      ];
    } finally {
      api.close();
      await browser.close();
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
