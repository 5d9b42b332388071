import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { EventSubscription, OBSWebSocket } from 'obs-websocket-js';

/** What a test needs to reach a running OBS. Serialisable, so a global setup can `provide` it. */
export interface ObsEndpoint {
  url: string;
  password: string;
  port: number;
}

export interface ObsInstance extends ObsEndpoint {
  /** SIGKILLs OBS only (Xvfb stays): a crash as a store PC sees it. */
  kill(): Promise<void>;
  /** Starts OBS again with the same HOME, port and password; resolves once the port accepts. */
  restart(): Promise<void>;
  /** Ends OBS and Xvfb (process groups) and removes the isolated HOME. Idempotent. */
  stop(): Promise<void>;
  /**
   * Resolves once OBS has written its scene collection to disk with every name in `names` among its sources (OBS saves a little
   * after each change; a kill before that loses the change, as it would on a real PC).
   */
  saved(names: readonly string[], timeoutMs?: number): Promise<void>;
}

/** Process groups this process started; SIGKILLed on exit so an aborted run leaves no OBS behind. */
const liveGroups = new Set<number>();
process.once('exit', () => {
  for (const pid of liveGroups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

function track(child: ChildProcess): ChildProcess {
  const pid = child.pid;
  if (pid !== undefined) {
    liveGroups.add(pid);
    child.once('exit', () => liveGroups.delete(pid));
  }
  return child;
}

/** True when this machine can run the OBS tests (Debian: `apt-get install obs-studio xvfb`). */
export function obsInstalled(): boolean {
  const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
  return has('obs') && has('Xvfb');
}

/**
 * Starts Xvfb and OBS Studio headless with an isolated HOME whose global.ini enables the
 * WebSocket server with a fresh password, and waits until the port accepts connections.
 */
export async function startObs(options: { password?: string; startTimeoutMs?: number } = {}): Promise<ObsInstance> {
  const password = options.password ?? randomBytes(12).toString('hex');
  const timeoutMs = options.startTimeoutMs ?? 60_000;
  const port = await freePort();
  const home = mkdtempSync(path.join(tmpdir(), 'livecue-obs-home-'));
  writeGlobalIni(home, port, password);

  const xvfb = await startXvfb();
  let obs: ChildProcess | null = null;
  let log = '';
  const launch = async () => {
    log = '';
    // --multi: no "already running" dialog when the suite's shared OBS and a test's own run side by side.
    const child = track(
      spawn('obs', ['--minimize-to-tray', '--disable-updater', '--disable-shutdown-check', '--multi'], {
        cwd: home,
        detached: true, // own process group: kill() takes OBS's helpers with it
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          HOME: home,
          DISPLAY: `:${xvfb.display}`,
          LIBGL_ALWAYS_SOFTWARE: '1',
          XDG_CONFIG_HOME: path.join(home, '.config'),
        },
      }),
    );
    const keep = (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-8000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    obs = child;
    await waitForPort(port, timeoutMs, () => (child.exitCode !== null || child.signalCode !== null ? `OBS exited early:\n${log}` : null));
  };

  let stopped = false;
  const instance: ObsInstance = {
    url: `ws://127.0.0.1:${port}`,
    password,
    port,
    async kill() {
      if (obs) await killGroup(obs, 'SIGKILL');
      obs = null;
    },
    async restart() {
      if (obs) await killGroup(obs, 'SIGKILL');
      await launch();
    },
    async saved(names, timeoutMs = 15_000) {
      const dir = path.join(home, '.config', 'obs-studio', 'basic', 'scenes');
      const deadline = Date.now() + timeoutMs;
      let nudgeAt = Date.now() + 1500;
      for (;;) {
        const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
        const onDisk = new Set(files.flatMap((f) => savedSourceNames(path.join(dir, f))));
        const missing = names.filter((n) => !onDisk.has(n));
        if (missing.length === 0) return;
        if (Date.now() > deadline) throw new Error(`OBS has not saved ${missing.join(', ')} within ${timeoutMs} ms`);
        // OBS saves only on some changes, and its save can miss a scene created just before it: with no later
        // change the file stays incomplete. A throwaway scene added and removed is such a change.
        if (Date.now() > nudgeAt) {
          await nudgeSave(instance);
          nudgeAt = Date.now() + 3000;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      if (obs) await killGroup(obs, 'SIGTERM', 5000);
      await killGroup(xvfb.child, 'SIGTERM', 3000);
      rmSync(home, { recursive: true, force: true });
    },
  };
  try {
    await launch();
  } catch (error) {
    await instance.stop();
    throw error;
  }
  return instance;
}

/** Makes OBS save its scene collection: a scene list change is one of the changes it saves on. */
async function nudgeSave(endpoint: ObsEndpoint): Promise<void> {
  const raw = new OBSWebSocket();
  await raw.connect(endpoint.url, endpoint.password, { eventSubscriptions: EventSubscription.None });
  try {
    const sceneName = `livecue-test-save-${randomBytes(4).toString('hex')}`;
    await raw.call('CreateScene', { sceneName });
    await raw.call('RemoveScene', { sceneName });
  } finally {
    await raw.disconnect();
  }
}

/**
 * The sources (scenes and inputs) a saved scene collection holds, or none while OBS is rewriting it.
 * Only `sources` counts: OBS can write a new scene's name into `scene_order` a save before the
 * scene itself, and a collection restored from that file has no such scene.
 */
function savedSourceNames(file: string): string[] {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const sources = typeof parsed === 'object' && parsed !== null && 'sources' in parsed ? parsed.sources : [];
    if (!Array.isArray(sources)) return [];
    return sources.flatMap((s: unknown) =>
      typeof s === 'object' && s !== null && 'name' in s && typeof s.name === 'string' ? [s.name] : [],
    );
  } catch {
    return [];
  }
}

function writeGlobalIni(home: string, port: number, password: string): void {
  const dir = path.join(home, '.config', 'obs-studio');
  mkdirSync(dir, { recursive: true });
  const ini = [
    '[General]',
    'FirstRun=true',
    'EnableAutoUpdates=false',
    '[OBSWebSocket]',
    'ServerEnabled=true',
    `ServerPort=${port}`,
    'AuthRequired=true',
    `ServerPassword=${password}`,
    'FirstLoad=false',
    'AlertsEnabled=false',
    '',
  ].join('\n');
  writeFileSync(path.join(dir, 'global.ini'), ini);
}

/** Xvfb picks a free display itself (`-displayfd`), so parallel runs never collide. */
function startXvfb(): Promise<{ child: ChildProcess; display: number }> {
  return new Promise((resolve, reject) => {
    const child = track(
      spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x720x24', '-nolisten', 'tcp'], {
        detached: true,
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      }),
    );
    let err = '';
    let out = '';
    child.stderr?.on('data', (c: Buffer) => {
      err += c.toString();
    });
    const timer = setTimeout(() => {
      void killGroup(child, 'SIGKILL');
      reject(new Error(`Xvfb reported no display within 10 s:\n${err}`));
    }, 10_000);
    (child.stdio[3] as Readable).on('data', (c: Buffer) => {
      out += c.toString();
      const match = /^(\d+)\n/.exec(out);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({ child, display: Number(match[1]) });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited with ${code}:\n${err}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, timeoutMs: number, failed: () => string | null): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const why = failed();
    if (why) throw new Error(why);
    if (await canConnect(port)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`OBS did not open port ${port} within ${timeoutMs} ms`);
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.connect(port, '127.0.0.1');
  });
}

/** Signals the whole process group and waits for the leader to exit (SIGKILL after graceMs). */
function killGroup(child: ChildProcess, signal: NodeJS.Signals, graceMs = 3000): Promise<void> {
  return new Promise((resolve) => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return resolve();
    const pid = child.pid;
    const send = (s: NodeJS.Signals) => {
      try {
        process.kill(-pid, s);
      } catch {
        // already gone
      }
    };
    const force = setTimeout(() => send('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      // Helpers left in the group (if any) go too.
      send('SIGKILL');
      resolve();
    });
    send(signal);
  });
}

/** Makes a scratch folder for a test; removed by the caller. */
export function scratchDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}
