import Database from 'better-sqlite3';
import { EventSubscription, OBSWebSocket } from 'obs-websocket-js';
import { vi } from 'vitest';
import type { Backend } from '../../electron/backend/createBackend';
import { OBS_PRODUCT_SCENE, OBS_SOURCES, type ObsSourceRole } from '../../shared/domain/obsLayout';
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
 * text of LiveCue's sources, whether they are shown in the product scene, and screenshots.
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

  async text(role: Exclude<ObsSourceRole, 'image'>): Promise<string> {
    const { inputSettings } = await this.#ws.call('GetInputSettings', { inputName: OBS_SOURCES[role] });
    return typeof inputSettings.text === 'string' ? inputSettings.text : '';
  }

  async visible(role: ObsSourceRole): Promise<boolean> {
    const source = OBS_SOURCES[role];
    let id = this.#itemIds.get(source);
    if (id === undefined) {
      id = (await this.#ws.call('GetSceneItemId', { sceneName: OBS_PRODUCT_SCENE, sourceName: source })).sceneItemId;
      this.#itemIds.set(source, id);
    }
    return (await this.#ws.call('GetSceneItemEnabled', { sceneName: OBS_PRODUCT_SCENE, sceneItemId: id })).sceneItemEnabled;
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

  /** Forgets cached scene item ids (an OBS restart may renumber them). */
  forgetIds(): void {
    this.#itemIds.clear();
  }

  async close(): Promise<void> {
    await this.#ws.disconnect();
  }
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
