import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket, { WebSocketServer } from 'ws';
import { startHost } from '../../electron/host/startHost';
import { RawApiClient, wsUrlFor } from '../helpers/wsClient';
import { type Benchmark, line, median, percentile } from './benchResult';

const ROUNDS = 5;
const PER_ROUND = 400;
/**
 * Calls of each before measuring. The API's path is longer than the echo's and takes a few thousand calls to be fully
 * optimized by V8: over the first thousand its median stays well above the warm one, relative to the echo's. With
 * 200, a varying share of the measured calls were still warming up, and the ratio moved a lot from run to run.
 * The first thousand of each are compared on a line of their own, `api.roundTrip.firstCalls`.
 */
const WARMUP = 3000;
const COLD = 1000;

/**
 * api.roundTrip: one `dispatch` through the WebSocket transport (JSON frame → contract validation
 * → routing → handler → output validation → reply) against a bare `ws` echo of the same frame on
 * the same machine, once both are warm (see WARMUP). Rounds alternate between the two so drift on a noisy machine
 * hits both.
 */
export const apiRoundTrip: Benchmark = {
  name: 'api.roundTrip',
  async run() {
    const dir = mkdtempSync(path.join(tmpdir(), 'livecue-bench-'));
    const rendererDir = path.join(dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
    const host = await startHost({ port: 0, host: '127.0.0.1', dataDir: path.join(dir, 'data'), appVersion: 'bench', rendererDir });
    const echo = await startEchoServer();
    const api = await RawApiClient.connect(wsUrlFor(host.url));
    const raw = await connectRaw(`ws://127.0.0.1:${echo.port}`);
    const payload = { echo: 'ping' };
    const frame = JSON.stringify({ type: 'invoke', id: 1, method: 'app.ping', payload });

    const apiSamples: number[] = [];
    const rawSamples: number[] = [];
    const coldApi: number[] = [];
    const coldRaw: number[] = [];
    try {
      for (let i = 0; i < WARMUP; i++) {
        let t0 = performance.now();
        const result = await api.invoke('app.ping', payload);
        if (i < COLD) coldApi.push(performance.now() - t0);
        if (!result.ok) throw new Error(result.error.message);
        t0 = performance.now();
        await raw(frame);
        if (i < COLD) coldRaw.push(performance.now() - t0);
      }
      for (let round = 0; round < ROUNDS; round++) {
        for (let i = 0; i < PER_ROUND; i++) {
          const t0 = performance.now();
          const result = await api.invoke('app.ping', payload);
          apiSamples.push(performance.now() - t0);
          if (!result.ok) throw new Error(result.error.message);
        }
        for (let i = 0; i < PER_ROUND; i++) {
          const t0 = performance.now();
          await raw(frame);
          rawSamples.push(performance.now() - t0);
        }
      }
    } finally {
      api.close();
      await echo.close();
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    }
    return [
      line(
        {
          name: 'api.roundTrip',
          value: median(apiSamples),
          unit: 'ms',
          baseline: 'bare ws echo of the same frame, same machine, same run',
          baselineValue: median(rawSamples),
        },
        {
          p95: percentile(apiSamples, 95),
          baselineP95: percentile(rawSamples, 95),
          samples: apiSamples.length,
          warmup: WARMUP,
        },
      ),
      line(
        {
          name: 'api.roundTrip.firstCalls',
          value: median(coldApi),
          unit: 'ms',
          baseline: `bare ws echo, the first ${COLD} calls of each (still warming up)`,
          baselineValue: median(coldRaw),
        },
        { samples: coldApi.length },
      ),
    ];
  },
};

async function startEchoServer() {
  const server = createServer();
  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws) => ws.on('message', (m) => ws.send(m.toString())));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const c of wss.clients) c.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Sends a text frame and resolves with the parsed reply, mirroring what RawApiClient does per call. */
function connectRaw(url: string): Promise<(frame: string) => Promise<unknown>> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    let waiting: ((v: unknown) => void) | null = null;
    ws.on('message', (m) => {
      const w = waiting;
      waiting = null;
      w?.(JSON.parse(m.toString()));
    });
    ws.once('error', reject);
    ws.once('open', () =>
      resolve(
        (frame) =>
          new Promise((r) => {
            waiting = r;
            ws.send(frame);
          }),
      ),
    );
  });
}
