/// <reference lib="dom" />
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startHost } from '../../electron/host/startHost';
import { type ClockSample, clockOffset } from '../../renderer/src/secondScreen/serverClock';
import { must } from '../e2e/overlayShow';
import { CHROMIUM_PATH, chromiumAvailable, launchChromium } from '../helpers/chromium';
import { RawApiClient, wsUrlFor } from '../helpers/wsClient';
import { type Benchmark, line, median, percentile } from './benchResult';

const GOS = 60;
const WARMUP = 5;

declare global {
  interface Window {
    /** Installed by WATCH_CARD: resolves with the (timeOrigin-aligned) time a card showing `title` was painted. */
    lcWatchCard?: (title: string) => Promise<number>;
    lcCardPainted?: Promise<number> | undefined;
  }
}

/**
 * Runs in the page (as source text: the bundler's helpers do not exist there). Watches for the card's title, then
 * waits for the frame that shows it and a task after that frame has been painted.
 */
const WATCH_CARD = `window.lcWatchCard = function (expected) {
  return new Promise(function (resolve) {
    function shown() {
      var el = document.querySelector('[data-part="product.title"]');
      return el !== null && el.textContent.replace(/\\s/g, '') === expected.replace(/\\s/g, '');
    }
    function painted() {
      requestAnimationFrame(function () {
        var channel = new MessageChannel();
        channel.port1.onmessage = function () { resolve(performance.timeOrigin + performance.now()); };
        channel.port2.postMessage(null);
      });
    }
    if (shown()) return painted();
    var observer = new MutationObserver(function () {
      if (!shown()) return;
      observer.disconnect();
      painted();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
};`;

interface View {
  sessionId: string;
  state: { standbyId: string | null };
}

/** The wall clock both processes can compare: performance.timeOrigin + now(), in Node and in the page alike. */
const wallNow = () => performance.timeOrigin + performance.now();

/**
 * overlay.update: GO sent over the API (console token) → the new product card painted in the overlay page in real
 * Chromium (the new title detected in the page, then the frame after it: requestAnimationFrame, then a task after that
 * frame's paint), p95 over 60 GOs, against the p95 of the same GOs' own round trip (request → result) in the same
 * run. Both clocks are timeOrigin-aligned; the residual skew between Node and the page is measured and removed.
 */
export const overlayUpdate: Benchmark = {
  name: 'overlay.update',
  async run() {
    if (!chromiumAvailable()) throw new Error(`overlay.update needs Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
    // The page under test is the built overlay page, so build it as it is now (its output is not ours to print).
    const build = spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts', 'renderer'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (build.status !== 0) throw new Error('building the renderer failed');

    const dir = mkdtempSync(path.join(tmpdir(), 'livecue-bench-overlay-'));
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
      await must(api, 'settings.update', { goDebounceMs: 0 });
      const show = await must<{ id: string }>(api, 'show.create', { name: 'bench overlay' });
      const titles: string[] = [];
      for (let i = 0; i < GOS + WARMUP; i++) {
        const title = `爆款 #${i}`;
        const product = await must<{ id: string }>(api, 'product.create', { sku: `OVB-${i}`, title, livePriceFen: 9_900 + i });
        await must(api, 'cue.insert', { showId: show.id, type: 'product', config: { productId: product.id } });
        titles.push(title);
      }
      let view = await must<View>(api, 'session.start', { showId: show.id });

      const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
      await page.goto((await must<{ url: string }>(api, 'overlay.info', {})).url);
      await page.waitForFunction(() => document.body.dataset.connection === 'connected');
      await page.evaluate(WATCH_CARD);
      const skew = await clockSkew(() => page.evaluate(() => performance.timeOrigin + performance.now()));

      const paintMs: number[] = [];
      const roundTripMs: number[] = [];
      for (const [i, title] of titles.entries()) {
        await page.evaluate((expected) => {
          window.lcCardPainted = window.lcWatchCard?.(expected);
        }, title);
        const sentAt = wallNow();
        const result = await api.invoke('session.command', {
          sessionId: view.sessionId,
          command: { type: 'go', expectedStandbyId: view.state.standbyId },
        });
        const answeredAt = wallNow();
        if (!result.ok) throw new Error(`GO failed: ${result.error.message}`);
        view = result.value as View;
        const paintedAt = (await page.evaluate(() => window.lcCardPainted)) ?? Number.NaN;
        if (i < WARMUP) continue;
        paintMs.push(paintedAt - skew - sentAt);
        roundTripMs.push(answeredAt - sentAt);
      }
      await page.close();
      return [
        line(
          {
            name: 'overlay.update',
            value: percentile(paintMs, 95),
            unit: 'ms',
            baseline: "the same GOs' own API round trip (request → result) p95, same run",
            baselineValue: percentile(roundTripMs, 95),
          },
          { median: median(paintMs), baselineMedian: median(roundTripMs), samples: paintMs.length, clockSkewMs: skew },
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

/** How far the page's clock reads ahead of ours: the overlay page's own server-clock estimate, run the other way. */
async function clockSkew(readPage: () => Promise<number>): Promise<number> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < 20; i++) {
    const sentAt = wallNow();
    const serverTime = await readPage();
    samples.push({ sentAt, receivedAt: wallNow(), serverTime });
  }
  return clockOffset(samples);
}
