import type { ObsActionResult, ObsStreamHealth } from '../../../shared/domain/obsActions';
import { OBS_BROWSER_OVERLAY, OBS_OVERLAY_SCENE, OBS_SAFE_SCENE, overlaySourceName } from '../../../shared/domain/obsLayout';
import { type ObsConnectionState, type ObsStatus, obsStateSentences } from '../../../shared/domain/obsStatus';
import { PART_IDS } from '../../../shared/domain/overlay/overlayParts';
import { type Backoff, createBackoff } from '../../../shared/timing/backoff';
import { realTimers, type Timers } from '../../../shared/timing/timers';
import { requestFor, scenesNeeded } from './actionRequests';
import { type ConnectionEvent, nextState, wantsSocket } from './connectionState';
import { DesiredState } from './desiredState';
import { startHeartbeat } from './heartbeat';
import { isObsRefusal, obsOffline } from './obsErrors';
import { ObsLink } from './obsLink';
import { type ObsOp, opScene, opSource } from './obsOps';
import { OutputWatch } from './outputWatch';
import { type PortProbe, tcpProbe } from './portProbe';
import { type LostCause, lostCause, PROBE_INTERVAL_MS } from './reconnectPolicy';
import { canvasFrom, itemIdsFrom, type ObsSnapshot, resync } from './resync';
import { startStreamHealth } from './streamHealth';

export interface ObsConnectionSettings {
  url: string;
  password: string | undefined;
}

export interface ObsControllerOptions {
  timers?: Timers;
  random?: () => number;
  /** Called with every status change (the backend publishes it on `obs.status`). */
  onStatus?(status: ObsStatus): void;
  /** Called with every stream-health sample while live. */
  onHealth?(sample: ObsStreamHealth): void;
  /** A connection that stays up this long resets the backoff. */
  stableMs?: number;
  heartbeatIntervalMs?: number;
  /** Tells whether OBS's port accepts connections (injected so unit tests need no real socket). */
  probe?: PortProbe;
}

const STABLE_MS = 30_000;

/**
 * Drives one OBS: connection state machine, reconnect (port probe, backoff for failed handshakes), heartbeat, resync and
 * desired-state re-apply after every (re)connect, and fail-fast operations.
 */
export class ObsController {
  readonly #timers: Timers;
  readonly #backoff: Backoff;
  readonly #onStatus: (status: ObsStatus) => void;
  readonly #stableMs: number;
  readonly #heartbeatMs: number | undefined;
  readonly #probe: PortProbe;
  readonly desired = new DesiredState();
  #showQueue: Promise<unknown> = Promise.resolve();
  /** Stream, recording and virtual camera as OBS reports them (see outputWatch.ts). */
  readonly outputs: OutputWatch;
  #state: ObsConnectionState = 'not_configured';
  #settings: ObsConnectionSettings | null = null;
  #link: ObsLink | null = null;
  /** Bumped for every attempt; callbacks from an older attempt see a different number and stop. */
  #generation = 0;
  #snapshot: ObsSnapshot | null = null;
  #retryTimer: unknown = null;
  #retryAt: number | undefined;
  /** Bumped when the retry schedule is cleared: a probe still in flight then answers to nobody. */
  #probeToken = 0;
  /** When the current connection became ready (null while not ready): tells a drop from a failed handshake. */
  #readySince: number | null = null;
  /** The current attempt follows a probe that found the port open: if it fails, something there refuses us. */
  #portAccepted = false;
  #stableTimer: unknown = null;
  #stopHeartbeat: (() => void) | null = null;
  #detail: string | undefined;
  #missing: string[] = [];
  #closed = false;
  #stopHealth: (() => void) | null = null;
  #health: ObsStreamHealth | null = null;
  readonly #onHealth: (sample: ObsStreamHealth) => void;
  readonly #listeners = new Set<(status: ObsStatus) => void>();

  constructor(options: ObsControllerOptions = {}) {
    this.#timers = options.timers ?? realTimers;
    this.#backoff = createBackoff(options.random ? { random: options.random } : {});
    this.#onStatus = options.onStatus ?? (() => {});
    this.#stableMs = options.stableMs ?? STABLE_MS;
    this.#heartbeatMs = options.heartbeatIntervalMs;
    this.#probe = options.probe ?? tcpProbe;
    this.#onHealth = options.onHealth ?? (() => {});
    this.outputs = new OutputWatch(this.#timers);
  }

  /** The latest stream-health sample (null until the first one while live). */
  get health(): ObsStreamHealth | null {
    return this.#health;
  }

  get state(): ObsConnectionState {
    return this.#state;
  }

  get snapshot(): ObsSnapshot | null {
    return this.#snapshot;
  }

  /** The URL LiveCue connects to (null when not configured): tells whether OBS runs on this PC. */
  get url(): string | null {
    return this.#settings?.url ?? null;
  }

  /** Subscribes to status changes; returns the unsubscribe function. */
  onStatus(listener: (status: ObsStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  status(): ObsStatus {
    const snap = this.#state === 'ready' || this.#state === 'paused' ? this.#snapshot : null;
    return {
      state: this.#state,
      message: obsStateSentences[this.#state].en,
      ...(this.#settings ? { url: this.#settings.url } : {}),
      ...(this.#state === 'lost' && this.#retryAt !== undefined ? { retryAt: this.#retryAt } : {}),
      attempt: this.#backoff.attempt,
      ...(snap
        ? {
            obsVersion: snap.obsVersion,
            websocketVersion: snap.websocketVersion,
            currentScene: snap.currentScene,
            outputs: snap.outputs,
            ...(snap.canvas ? { canvas: snap.canvas } : {}),
            outputStates: this.outputs.view(),
          }
        : {}),
      ...(this.#missing.length > 0 ? { missing: this.#missing } : {}),
      ...(this.#detail ? { detail: this.#detail } : {}),
    };
  }

  /** New settings (or null: forget them). Connects at once; `enabled: false` keeps them but stays away. */
  configure(settings: ObsConnectionSettings | null, enabled = true): void {
    this.#settings = settings;
    this.#backoff.reset();
    if (!settings) this.#apply({ type: 'unconfigured' });
    else if (!enabled) this.#apply({ type: 'disabled' });
    else this.#apply({ type: 'configured' });
  }

  /** The user clicked Reconnect (or the PC resumed): retry now, with the backoff reset. */
  reconnect(): void {
    this.#backoff.reset();
    this.#apply({ type: 'userReconnect' });
  }

  /** Fails fast unless OBS is ready; never queues. */
  requireLink(): ObsLink {
    const link = this.#link;
    if (this.#state !== 'ready' || !link?.open) throw obsOffline(this.#state);
    return link;
  }

  /** Runs actions as ONE request batch; successful ones become the desired state. */
  async run(actions: readonly ObsOp[]): Promise<ObsActionResult[]> {
    const link = this.requireLink();
    await this.#ensureItemIds(link, actions);
    return this.#runOn(link, actions, true);
  }

  /**
   * The running show's actions. Like `run` (one batch, fails fast, nothing queued), but when they cannot
   * reach OBS (away, reconnecting, dropped mid-batch) they still become the desired state: the show has
   * moved on (cue started, counter counted), so the next (re)connect puts that on screen, not what OBS
   * showed before. Only the latest value per target is kept, so nothing is replayed as a backlog.
   */
  runShow(actions: readonly ObsOp[]): Promise<ObsActionResult[]> {
    // One show batch at a time, in the order the show produced them: OBS may run two batches side by side, and a
    // later one (PANIC hiding everything) must never be overtaken by an earlier one still in flight.
    const result = this.#showQueue.then(async () => {
      try {
        return await this.run(actions);
      } catch (error) {
        for (const action of actions) this.desired.record(action);
        throw error;
      }
    });
    this.#showQueue = result.catch(() => undefined);
    return result;
  }

  async #runOn(link: ObsLink, actions: readonly ObsOp[], record: boolean): Promise<ObsActionResult[]> {
    const items = this.#snapshot?.items ?? new Map();
    const planned = actions.map((action) => ({ action, request: requestFor(action, items) }));
    const requests = planned.flatMap((p) => (p.request ? [p.request] : []));
    const responses = await link.batch(requests);
    let next = 0;
    const sceneBefore = this.#snapshot?.currentScene;
    const results = planned.map(({ action, request }): ObsActionResult => {
      if (!request) return { ok: false, code: 600, message: `"${opSource(action)}" is not in scene "${opScene(action) ?? ''}"` };
      const response = responses[next++];
      if (!response) return { ok: false, code: 0, message: 'no answer in the batch' };
      if (response.ok && record) this.desired.record(action);
      if (response.ok && action.kind === 'switchScene' && this.#snapshot) this.#snapshot.currentScene = action.scene;
      return response.ok ? { ok: true, code: response.code } : { ok: false, code: response.code, message: response.comment ?? 'failed' };
    });
    // The console shows the program scene; it should not wait for OBS's own event to learn of a switch LiveCue made.
    if (this.#snapshot && this.#snapshot.currentScene !== sceneBefore) this.#publish();
    return results;
  }

  /**
   * Scene item ids the actions need but the snapshot lacks: scenes not read at resync (user scenes named
   * by a cue), or items added since (the setup assistant's, before the debounced resync has run). One
   * batch re-reads those scenes; a source that really is not there still fails as "not in scene".
   */
  async #ensureItemIds(link: ObsLink, actions: readonly ObsOp[]): Promise<void> {
    const snap = this.#snapshot;
    if (!snap) return;
    const unknown = [
      ...new Set(
        actions.flatMap((a) => {
          const scene = opScene(a);
          return scene !== null && !snap.items.get(scene)?.has(opSource(a)) ? [scene] : [];
        }),
      ),
    ];
    if (unknown.length === 0) return;
    const results = await link.batch(unknown.map((sceneName) => ({ requestType: 'GetSceneItemList', requestData: { sceneName } })));
    unknown.forEach((scene, i) => {
      const r = results[i];
      if (r?.ok && r.data) snap.items.set(scene, itemIdsFrom(r.data));
    });
  }

  /** Stops everything; no more retries. */
  close(): void {
    this.#closed = true;
    this.#teardown();
    this.#listeners.clear();
  }

  #apply(event: ConnectionEvent): void {
    if (this.#closed) return;
    const before = this.#state;
    const after = nextState(before, event);
    // Read before the teardown below forgets the link.
    const cause: LostCause = lostCause({
      portAccepted: this.#portAccepted || (this.#link?.socketOpened ?? false),
      readyForMs: this.#readySince === null ? null : this.#timers.now() - this.#readySince,
    });
    this.#state = after;
    if (after !== 'connecting' && after !== 'syncing') this.#portAccepted = false;
    // Entering `connecting`, or asked again while connecting (new settings, Reconnect): a fresh attempt.
    if (after === 'connecting' && (before !== 'connecting' || event.type === 'userReconnect' || event.type === 'configured'))
      this.#connect();
    if (!wantsSocket(after)) this.#teardown();
    if (after === 'lost' && before !== 'lost') this.#scheduleRetry(cause);
    if (after === 'ready' && before !== 'ready') {
      this.#readySince ??= this.#timers.now();
      this.#armStable();
    }
    if (after === 'syncing' && before === 'paused') void this.#sync(this.#generation);
    if (after !== before || event.type === 'userReconnect') this.#publish();
  }

  #connect(): void {
    const settings = this.#settings;
    if (!settings) return;
    this.#teardown();
    const generation = ++this.#generation;
    const link = new ObsLink(this.#timers);
    this.#link = link;
    link
      .connect(settings.url, settings.password, {
        onEvent: (name, data) => {
          if (generation === this.#generation) this.#onObsEvent(name, data);
        },
        onClosed: (code, reason) => {
          if (generation !== this.#generation) return;
          this.#detail = `closed ${code}${reason ? `: ${reason}` : ''}`;
          this.#apply({ type: 'closed', code });
        },
      })
      .then(
        () => {
          if (generation !== this.#generation) return link.close();
          this.#detail = undefined;
          this.#apply({ type: 'identified' });
          void this.#sync(generation);
        },
        (error: unknown) => {
          if (generation !== this.#generation) return;
          const code = closeCodeOf(error);
          this.#detail = `${code ? `closed ${code}: ` : ''}${error instanceof Error ? error.message : String(error)}`;
          this.#apply({ type: 'closed', code });
        },
      );
  }

  /** Resync in one batch, re-apply the desired state in one batch, then ready. */
  async #sync(generation: number): Promise<void> {
    const link = this.#link;
    if (!link) return;
    try {
      const managed = [OBS_OVERLAY_SCENE, OBS_SAFE_SCENE, ...scenesNeeded(this.desired.actions())];
      const snapshot = await resync(link, [...new Set(managed)]);
      if (generation !== this.#generation) return;
      this.outputs.resync(snapshot.outputReads);
      snapshot.outputs = this.outputs.booleans();
      this.#snapshot = snapshot;
      this.#missing = missingManaged(snapshot);
      // Show actions refused while this batch ran (the link is not ready until it ends) change the desired
      // state meanwhile: apply again until it holds still, so none waits for the next reconnect.
      for (let pass = 0, applied = -1; pass < 3 && applied !== this.desired.version; pass++) {
        applied = this.desired.version;
        const desired = this.desired.actions().filter((a) => a.kind !== 'switchScene' || snapshot.scenes.includes(a.scene));
        if (desired.length === 0) continue;
        await this.#ensureItemIds(link, desired);
        const results = await this.#runOn(link, desired, false);
        if (generation !== this.#generation) return;
        this.#missing = unique([...missingManaged(snapshot), ...desired.flatMap((a, i) => (results[i]?.ok ? [] : [opSource(a)]))]);
      }
      this.#startHeartbeat(link, generation);
      this.#apply({ type: 'synced' });
    } catch (error) {
      if (generation !== this.#generation) return;
      // A failed resync (e.g. OBS became "not ready" mid-switch) is handled like a dropped connection.
      this.#detail = `resync failed: ${error instanceof Error ? error.message : String(error)}`;
      this.#apply({ type: 'closed', code: 0 });
    }
  }

  #startHeartbeat(link: ObsLink, generation: number): void {
    this.#stopHeartbeat?.();
    this.#stopHeartbeat = startHeartbeat({
      timers: this.#timers,
      // The video settings answer as cheaply as anything, and obs-websocket 5 sends no event when the canvas changes.
      ping: async (timeoutMs) => {
        const data = await link.call('GetVideoSettings', undefined, timeoutMs).catch((error: unknown) => {
          // A refusal is still an answer: OBS is there. Only silence (timeout) or a close is a miss.
          if (isObsRefusal(error)) return null;
          throw error;
        });
        if (data && generation === this.#generation) this.#noteCanvas(canvasFrom(data));
      },
      onLost: () => {
        if (generation !== this.#generation) return;
        this.#detail = 'OBS stopped answering (heartbeat)';
        this.#apply({ type: 'closed', code: 0 });
      },
      ...(this.#heartbeatMs ? { intervalMs: this.#heartbeatMs } : {}),
    });
  }

  /** A canvas size read from OBS: a change is published (the graphics are laid out again for it). */
  #noteCanvas(canvas: ObsSnapshot['canvas']): void {
    const snap = this.#snapshot;
    if (!snap || !canvas) return;
    if (snap.canvas?.width === canvas.width && snap.canvas.height === canvas.height) return;
    snap.canvas = canvas;
    this.#publish();
  }

  #onObsEvent(name: string, data: unknown): void {
    const snap = this.#snapshot;
    const fields = (typeof data === 'object' && data ? data : {}) as Record<string, unknown>;
    switch (name) {
      case 'CurrentSceneCollectionChanging':
        this.#apply({ type: 'collectionChanging' });
        return;
      case 'CurrentSceneCollectionChanged':
        this.#apply({ type: 'collectionChanged' });
        return;
      case 'ExitStarted':
        this.#detail = 'OBS is closing';
        return;
      case 'CurrentProgramSceneChanged':
        if (snap && typeof fields.sceneName === 'string') {
          snap.currentScene = fields.sceneName;
          // What is on air now is what should be on air after a restart too.
          this.desired.record({ kind: 'switchScene', scene: fields.sceneName });
          this.#publish();
        }
        return;
      case 'StreamStateChanged':
      case 'RecordStateChanged':
      case 'VirtualcamStateChanged':
        if (this.outputs.event(name, fields) && snap) {
          snap.outputs = this.outputs.booleans();
          this.#publish();
        }
        return;
      case 'SceneListChanged':
      case 'SceneNameChanged':
      case 'InputNameChanged':
      case 'InputRemoved':
      case 'SceneItemCreated':
      case 'SceneItemRemoved':
        // Something LiveCue may depend on was renamed or removed: resync and report what is missing.
        if (this.#state === 'ready') this.#resyncSoon();
        return;
    }
  }

  #resyncPending = false;
  #resyncSoon(): void {
    if (this.#resyncPending) return;
    this.#resyncPending = true;
    this.#timers.setTimeout(() => {
      this.#resyncPending = false;
      const link = this.#link;
      if (this.#state !== 'ready' || !link) return;
      const generation = this.#generation;
      resync(link, [OBS_OVERLAY_SCENE, OBS_SAFE_SCENE]).then(
        (snapshot) => {
          if (generation !== this.#generation) return;
          // Outputs are followed by their events on this same connection; a status read here could be stale.
          snapshot.outputs = this.outputs.booleans();
          this.#snapshot = snapshot;
          this.#missing = missingManaged(snapshot);
          this.#publish();
        },
        () => {},
      );
    }, 200);
  }

  /**
   * While lost: probe OBS's port every PROBE_INTERVAL_MS and connect the moment it accepts (see reconnectPolicy.ts).
   * Only a handshake that failed against a listening port waits the backoff first.
   */
  #scheduleRetry(cause: LostCause): void {
    this.#clearRetry();
    if (cause !== 'failed') {
      this.#probeAfter(PROBE_INTERVAL_MS);
      return;
    }
    const delay = this.#backoff.next();
    this.#retryAt = this.#timers.now() + delay;
    this.#probeAfter(delay);
  }

  #probeAfter(delay: number): void {
    this.#retryTimer = this.#timers.setTimeout(() => {
      this.#retryTimer = null;
      this.#retryAt = undefined;
      const url = this.#settings?.url;
      if (this.#state !== 'lost' || !url) return;
      const token = this.#probeToken;
      this.#probe(url).then(
        (open) => {
          if (token !== this.#probeToken || this.#state !== 'lost') return;
          if (!open) return this.#probeAfter(PROBE_INTERVAL_MS);
          this.#portAccepted = true;
          this.#apply({ type: 'retryDue' });
        },
        () => {
          if (token === this.#probeToken && this.#state === 'lost') this.#probeAfter(PROBE_INTERVAL_MS);
        },
      );
    }, delay);
  }

  #armStable(): void {
    if (this.#stableTimer) this.#timers.clearTimeout(this.#stableTimer);
    this.#stableTimer = this.#timers.setTimeout(() => {
      this.#stableTimer = null;
      if (this.#state === 'ready') {
        this.#backoff.reset();
        this.#publish();
      }
    }, this.#stableMs);
  }

  #clearRetry(): void {
    if (this.#retryTimer) this.#timers.clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    this.#retryAt = undefined;
    this.#probeToken++;
  }

  /** Drops the socket and everything tied to it (heartbeat, stability timer, pending retry). */
  #teardown(): void {
    this.#generation++;
    this.outputs.interrupt();
    this.#stopHealth?.();
    this.#stopHealth = null;
    this.#clearRetry();
    this.#stopHeartbeat?.();
    this.#stopHeartbeat = null;
    if (this.#stableTimer) this.#timers.clearTimeout(this.#stableTimer);
    this.#stableTimer = null;
    this.#readySince = null;
    this.#link?.close();
    this.#link = null;
  }

  /** Stream health is sampled only while ready and live. */
  #followHealth(): void {
    const live = this.#state === 'ready' && this.#snapshot?.outputs.streaming === true && this.#link !== null;
    if (live && !this.#stopHealth && this.#link) {
      this.#stopHealth = startStreamHealth({
        link: this.#link,
        timers: this.#timers,
        onSample: (sample) => {
          this.#health = sample;
          this.#onHealth(sample);
        },
      });
    } else if (!live && this.#stopHealth) {
      this.#stopHealth();
      this.#stopHealth = null;
    }
  }

  #publish(): void {
    this.#followHealth();
    const status = this.status();
    this.#onStatus(status);
    for (const listener of [...this.#listeners]) listener(status);
  }
}

/**
 * Sources of LiveCue's graphics absent from its overlay scene. Only once the scene exists: before the setup
 * assistant has run, nothing is "missing", it is simply not set up. (With the overlay page as renderer the scene
 * holds the browser source instead, and nothing else is expected.)
 */
function missingManaged(snapshot: ObsSnapshot): string[] {
  const items = snapshot.items.get(OBS_OVERLAY_SCENE);
  if (!items || items.has(OBS_BROWSER_OVERLAY)) return [];
  // A removed input can linger as an item of a scene nobody is watching: it counts as missing all the same.
  return PART_IDS.map(overlaySourceName).filter((name) => !items.has(name) || !snapshot.inputKinds.has(name));
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

function closeCodeOf(error: unknown): number {
  return error && typeof error === 'object' && 'code' in error && typeof error.code === 'number' ? error.code : 0;
}
