import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { EventSubscription, OBSWebSocket } from 'obs-websocket-js';
import { vi } from 'vitest';
import { type Backend, createBackend } from '../../electron/backend/createBackend';
import { OBS_OVERLAY_SCENE, overlaySourceName } from '../../shared/domain/obsLayout';
import type { PartId } from '../../shared/domain/overlay/overlayParts';
import type { ObsEndpoint } from '../helpers/obsHarness';
import { decodePngDataUrl, type Pixels } from '../helpers/png';

/** The parts of a session view these tests read. */
export interface LiveView {
  sessionId: string;
  revision: number;
  state: {
    standbyId: string | null;
    running: { cueId: string; startedAt: number; deadlineAt: number | null }[];
    counters: Record<string, number>;
  };
}

export type Call = <T = Record<string, unknown>>(method: string, payload: unknown) => Promise<T>;

/** `dispatch` that throws on a refused call, naming the method, so a failing step says which one. */
export function callerOf(backend: Backend): Call {
  return async <T>(method: string, payload: unknown): Promise<T> => {
    const result = await backend.dispatch(method, payload);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
}

/** A backend of its own (fresh data folder) connected to `obs`, and a probe reading OBS beside it. */
export interface LiveBench {
  backend: Backend;
  call: Call;
  probe: ObsProbe;
  /** Leaves a scene of the user's on air (so a later file may remove LiveCue's), closes everything, removes the folder. */
  close(): Promise<void>;
}

export async function liveBench(obs: ObsEndpoint, prefix: string): Promise<LiveBench> {
  const dataDir = mkdtempSync(path.join(tmpdir(), prefix));
  const backend = await createBackend({ dataDir, appVersion: 'test', host: 'serve' });
  const call = callerOf(backend);
  await connectBackend(call, obs);
  const probe = await ObsProbe.connect(obs);
  return {
    backend,
    call,
    probe,
    async close() {
      await probe.leaveLiveCueScenes().catch(() => {});
      await probe.close();
      await backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Configures the backend's OBS connection and waits until it is ready (resynced). */
export async function connectBackend(call: Call, obs: ObsEndpoint, timeout = 30_000): Promise<void> {
  await call('obs.configure', { url: obs.url, password: obs.password });
  await waitForObsState(call, 'ready', timeout);
}

export async function waitForObsState(call: Call, state: string, timeout = 30_000): Promise<void> {
  await vi.waitFor(
    async () => {
      const status = await call<{ state: string }>('obs.status', {});
      if (status.state !== state) throw new Error(`OBS is ${status.state}, waiting for ${state}`);
    },
    { timeout, interval: 100 },
  );
}

/**
 * Reads what OBS itself holds, over its own connection (not LiveCue's): the program scene, the
 * text of the parts of LiveCue's graphics, whether they are shown in the overlay scene, and screenshots.
 */
export class ObsProbe {
  readonly #ws = new OBSWebSocket();
  readonly #itemIds = new Map<string, number>();

  static async connect(obs: ObsEndpoint): Promise<ObsProbe> {
    const probe = new ObsProbe();
    // Only transition events (to know when a scene switch has finished); otherwise this client only asks.
    await probe.#ws.connect(obs.url, obs.password, { eventSubscriptions: EventSubscription.Transitions });
    return probe;
  }

  async scene(): Promise<string> {
    return (await this.#ws.call('GetCurrentProgramScene')).currentProgramSceneName;
  }

  async text(part: PartId): Promise<string> {
    const { inputSettings } = await this.#ws.call('GetInputSettings', { inputName: overlaySourceName(part) });
    return typeof inputSettings.text === 'string' ? inputSettings.text : '';
  }

  async itemId(part: PartId): Promise<number> {
    const source = overlaySourceName(part);
    let id = this.#itemIds.get(source);
    if (id === undefined) {
      id = (await this.#ws.call('GetSceneItemId', { sceneName: OBS_OVERLAY_SCENE, sourceName: source })).sceneItemId;
      this.#itemIds.set(source, id);
    }
    return id;
  }

  async visible(part: PartId): Promise<boolean> {
    const sceneItemId = await this.itemId(part);
    return (await this.#ws.call('GetSceneItemEnabled', { sceneName: OBS_OVERLAY_SCENE, sceneItemId })).sceneItemEnabled;
  }

  /**
   * Where OBS draws a part on the canvas, from its transform and its source's size: the position (top-left
   * alignment, as LiveCue sets it) and the size after its bounds scale it, placed inside the bounds as aligned.
   */
  async box(part: PartId): Promise<{ x: number; y: number; width: number; height: number }> {
    const sceneItemId = await this.itemId(part);
    const { sceneItemTransform: t } = await this.#ws.call('GetSceneItemTransform', { sceneName: OBS_OVERLAY_SCENE, sceneItemId });
    return drawnBox(t);
  }

  /** The raw OBS client, for what the probe has no helper for. */
  get ws(): OBSWebSocket {
    return this.#ws;
  }

  /** What OBS renders for `source` (default: the program scene), decoded. */
  async screenshot(source?: string, width = 640): Promise<Pixels> {
    const sourceName = source ?? (await this.scene());
    const { imageData } = await this.#ws.call('GetSourceScreenshot', { sourceName, imageFormat: 'png', imageWidth: width });
    return decodePngDataUrl(imageData);
  }

  /** Puts a scene that is not LiveCue's on program (one is created if OBS has none). */
  async leaveLiveCueScenes(): Promise<void> {
    const { scenes } = await this.#ws.call('GetSceneList');
    const other = scenes.map((s) => String(s.sceneName)).find((name) => !name.startsWith('LiveCue'));
    const sceneName = other ?? 'Scene';
    if (!other) await this.#ws.call('CreateScene', { sceneName });
    if ((await this.scene()) === sceneName) return;
    // The transition holds the outgoing scene until it ends: wait for that, not just for the switch.
    const ended = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 5000);
      this.#ws.once('SceneTransitionEnded', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    await this.#ws.call('SetCurrentProgramScene', { sceneName });
    await ended;
  }

  /**
   * Removes everything of LiveCue's from the scene collection, whatever other test files left: its overlay is taken
   * out of the user's scenes first (OBS keeps a removed source alive while a scene it does not render still holds
   * it), then its inputs and scenes; resolves once OBS has let go of them all.
   */
  async removeLiveCue(): Promise<void> {
    await this.leaveLiveCueScenes();
    const ws = this.#ws;
    const isOurs = (name: unknown) => String(name).startsWith('LiveCue');
    for (const scene of (await ws.call('GetSceneList')).scenes) {
      const sceneName = String(scene.sceneName);
      if (isOurs(sceneName)) continue;
      for (const item of (await ws.call('GetSceneItemList', { sceneName })).sceneItems)
        if (isOurs(item.sourceName)) await ws.call('RemoveSceneItem', { sceneName, sceneItemId: Number(item.sceneItemId) });
    }
    for (const input of (await ws.call('GetInputList', {})).inputs)
      if (isOurs(input.inputName)) await ws.call('RemoveInput', { inputName: String(input.inputName) });
    for (const scene of (await ws.call('GetSceneList')).scenes)
      if (isOurs(scene.sceneName)) await ws.call('RemoveScene', { sceneName: String(scene.sceneName) });
    const deadline = Date.now() + 10_000;
    for (;;) {
      const [inputs, scenes] = await Promise.all([ws.call('GetInputList', {}), ws.call('GetSceneList')]);
      const left = [...inputs.inputs.map((i) => i.inputName), ...scenes.scenes.map((x) => x.sceneName)].filter(isOurs);
      if (left.length === 0) break;
      if (Date.now() > deadline) throw new Error(`OBS still holds ${left.join(', ')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    this.forgetIds();
  }

  /** Forgets cached scene item ids (an OBS restart may renumber them). */
  forgetIds(): void {
    this.#itemIds.clear();
  }

  async close(): Promise<void> {
    await this.#ws.disconnect();
  }
}

/** The rectangle a scene item covers, from obs-websocket's transform (which reports the unbounded size as width). */
export function drawnBox(t: Record<string, unknown>): { x: number; y: number; width: number; height: number } {
  const n = (v: unknown) => (typeof v === 'number' ? v : 0);
  const sw = n(t.sourceWidth);
  const sh = n(t.sourceHeight);
  let width = sw * n(t.scaleX);
  let height = sh * n(t.scaleY);
  let x = n(t.positionX);
  let y = n(t.positionY);
  const type = t.boundsType;
  if (type !== 'OBS_BOUNDS_NONE' && sw > 0 && sh > 0) {
    const bw = n(t.boundsWidth);
    const bh = n(t.boundsHeight);
    if (type === 'OBS_BOUNDS_STRETCH') {
      width = bw;
      height = bh;
    } else {
      const fit = Math.min(bw / sw, bh / sh);
      const scale = type === 'OBS_BOUNDS_MAX_ONLY' ? Math.min(1, fit) : fit;
      width = sw * scale;
      height = sh * scale;
    }
    const align = n(t.boundsAlignment);
    x += align & 1 ? 0 : align & 2 ? bw - width : (bw - width) / 2;
    y += align & 4 ? 0 : align & 8 ? bh - height : (bh - height) / 2;
  }
  return { x, y, width, height };
}

/** Pixels brighter than near-black: a blank (all black) frame has none. */
export function litPixels(p: Pixels, threshold = 48): number {
  let count = 0;
  for (let i = 0; i < p.width * p.height; i++) {
    for (let ch = 0; ch < 3; ch++) {
      if ((p.data[i * p.channels + ch] ?? 0) > threshold) {
        count++;
        break;
      }
    }
  }
  return count;
}

/** "满199减30 04:59" → 299 (seconds shown), or null when the text is not `label mm:ss`. */
export function shownSeconds(text: string, label: string): number | null {
  if (!text.startsWith(label)) return null;
  const match = /^(?:(\d+):)?(\d{2}):(\d{2})$/.exec(text.slice(label.length));
  if (!match) return null;
  return Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** Seconds a countdown to `deadlineAt` shows at `now` (whole seconds, rounded up, as on stream). */
export const secondsLeft = (deadlineAt: number, now: number): number => Math.ceil(Math.max(0, deadlineAt - now) / 1000);

export interface LoggedEvent {
  seq: number;
  type: string;
  payload: Record<string, unknown>;
}

/** The session's events as stored (read-only connection beside the backend's). */
export function sessionEvents(databaseFile: string, sessionId: string): LoggedEvent[] {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare<[string], { seq: number; type: string; payload: string }>(
        'SELECT seq, type, payload FROM events WHERE session_id = ? ORDER BY seq',
      )
      .all(sessionId);
    return rows.map((r) => ({ seq: r.seq, type: r.type, payload: JSON.parse(r.payload) as Record<string, unknown> }));
  } finally {
    db.close();
  }
}
