import type { ObsOutputKind } from '../../../shared/domain/obsActions';
import type { ObsOutputInfo, ObsOutputState, ObsOutputStates, ObsOutputs } from '../../../shared/domain/obsStatus';
import type { Timers } from '../../../shared/timing/timers';

/** One output as Get…Status reads it at resync; null for a virtual camera this OBS does not have. */
export interface OutputRead {
  active: boolean;
  /** OBS's own `outputDuration` (ms), when it gives one. */
  durationMs: number | null;
  reconnecting: boolean;
  paused: boolean;
}
export type OutputReads = Record<ObsOutputKind, OutputRead | null>;

/** A state change of one output, as the session logs it. */
export interface OutputChange {
  output: ObsOutputKind;
  from: ObsOutputState;
  to: ObsOutputState;
  at: number;
  /** When it had gone on (for a stop: how long it ran). */
  startedAt: number | null;
  /** LiveCue asked for this (a start or stop it sent); false for what happened in OBS by itself or by someone else. */
  byLiveCue: boolean;
}

/** How waiting for an output to start ended. */
export type StartWait =
  | { outcome: 'on' }
  | { outcome: 'stopped' }
  | { outcome: 'timeout'; state: ObsOutputState }
  | { outcome: 'connection_lost' };

interface Waiter {
  output: ObsOutputKind;
  settle(result: StartWait): void;
}

const EVENT_OUTPUT: Readonly<Record<string, ObsOutputKind>> = {
  StreamStateChanged: 'stream',
  RecordStateChanged: 'record',
  VirtualcamStateChanged: 'virtualCam',
};

/** obs-websocket 5's `outputState` values; RECONNECTED and RESUMED mean "on again". */
const OBS_STATES: Readonly<Record<string, ObsOutputState>> = {
  OBS_WEBSOCKET_OUTPUT_STARTING: 'starting',
  OBS_WEBSOCKET_OUTPUT_STARTED: 'on',
  OBS_WEBSOCKET_OUTPUT_STOPPING: 'stopping',
  OBS_WEBSOCKET_OUTPUT_STOPPED: 'off',
  OBS_WEBSOCKET_OUTPUT_RECONNECTING: 'reconnecting',
  OBS_WEBSOCKET_OUTPUT_RECONNECTED: 'on',
  OBS_WEBSOCKET_OUTPUT_PAUSED: 'paused',
  OBS_WEBSOCKET_OUTPUT_RESUMED: 'on',
};

/** States in which the output is running (on air / writing), whatever its hiccup. */
const RUNNING: ReadonlySet<ObsOutputState> = new Set(['on', 'reconnecting', 'paused', 'stopping']);

/**
 * What OBS says about its stream, recording and virtual camera: from its state events between resyncs, from
 * Get…Status at each resync. An output counts as on only when OBS says so. It also remembers which changes LiveCue
 * asked for, so a stop nobody here asked for is told apart, and lets a caller wait until OBS has really started one.
 */
export class OutputWatch {
  readonly #timers: Timers;
  #states: Record<ObsOutputKind, ObsOutputInfo | null>;
  /** What LiveCue last asked OBS to do per output, until OBS has finished doing it. */
  readonly #asked = new Map<ObsOutputKind, 'start' | 'stop'>();
  readonly #waiters = new Set<Waiter>();
  readonly #listeners = new Set<(change: OutputChange) => void>();

  constructor(timers: Timers) {
    this.#timers = timers;
    const off = (): ObsOutputInfo => ({ state: 'off', since: timers.now(), startedAt: null, incident: null });
    this.#states = { stream: off(), record: off(), virtualCam: null };
  }

  /** Called with every change; returns the unsubscribe function. */
  onChange(listener: (change: OutputChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  state(output: ObsOutputKind): ObsOutputState | null {
    return this.#states[output]?.state ?? null;
  }

  view(): ObsOutputStates {
    return { stream: this.#info('stream'), record: this.#info('record'), virtualCam: this.#states.virtualCam };
  }

  /** The same as booleans (the older `outputs` field of the status). */
  booleans(): ObsOutputs {
    const on = (output: ObsOutputKind) => RUNNING.has(this.#states[output]?.state ?? 'off');
    return { streaming: on('stream'), recording: on('record'), virtualCam: this.#states.virtualCam ? on('virtualCam') : null };
  }

  /**
   * After a (re)connect: OBS's own reading is the truth. The time on is worked back from its `outputDuration`; an output
   * that was running and is now off stopped while LiveCue could not see it, which nobody here asked for.
   */
  resync(reads: OutputReads): void {
    const now = this.#timers.now();
    for (const output of Object.keys(reads) as ObsOutputKind[]) {
      const read = reads[output];
      const before = this.#states[output];
      if (read === null) {
        this.#states[output] = null;
        continue;
      }
      const state: ObsOutputState = !read.active ? 'off' : read.reconnecting ? 'reconnecting' : read.paused ? 'paused' : 'on';
      const startedAt = !read.active ? null : read.durationMs !== null ? Math.max(0, now - read.durationMs) : (before?.startedAt ?? now);
      if (before && before.state === state) {
        this.#states[output] = { ...before, startedAt };
        continue;
      }
      this.#move(output, state, now, startedAt);
    }
  }

  /** An OBS event; true when it was an output's state event (and the state was taken). */
  event(name: string, data: Record<string, unknown>): boolean {
    const output = EVENT_OUTPUT[name];
    if (!output) return false;
    const named = typeof data.outputState === 'string' ? OBS_STATES[data.outputState] : undefined;
    // An unknown outputState (a newer OBS) still says whether it is active.
    const state = named ?? (data.outputActive === true ? 'on' : data.outputActive === false ? 'off' : undefined);
    if (!state) return false;
    const now = this.#timers.now();
    const before = this.#states[output];
    const startedAt = state === 'on' || RUNNING.has(state) ? (before?.startedAt ?? now) : null;
    this.#move(output, state, now, startedAt);
    return true;
  }

  /** LiveCue is about to ask OBS to start or stop `output`: what follows is LiveCue's doing. */
  expect(output: ObsOutputKind, action: 'start' | 'stop'): void {
    this.#asked.set(output, action);
  }

  /** Forgets an expectation whose request OBS refused (nothing will follow from it). */
  forget(output: ObsOutputKind): void {
    this.#asked.delete(output);
  }

  /**
   * Resolves when OBS says `output` is on, or that it stopped, or when `timeoutMs` passes. Register before sending
   * the start request: OBS may report STARTED before it answers the request.
   */
  waitForStart(output: ObsOutputKind, timeoutMs: number): { result: Promise<StartWait>; cancel(): void } {
    let waiter: Waiter | undefined;
    let timer: unknown;
    const result = new Promise<StartWait>((resolve) => {
      const settle = (r: StartWait) => {
        this.#timers.clearTimeout(timer);
        if (waiter) this.#waiters.delete(waiter);
        resolve(r);
      };
      waiter = { output, settle };
      this.#waiters.add(waiter);
      timer = this.#timers.setTimeout(() => {
        // A start that has not taken by now is a failure; a later STARTED still shows in the status.
        if (this.#asked.get(output) === 'start') this.#asked.delete(output);
        settle({ outcome: 'timeout', state: this.state(output) ?? 'off' });
      }, timeoutMs);
    });
    return { result, cancel: () => waiter?.settle({ outcome: 'timeout', state: this.state(output) ?? 'off' }) };
  }

  /** The connection dropped: nobody waits for an answer that cannot come. States stay until the next resync. */
  interrupt(): void {
    for (const waiter of [...this.#waiters]) waiter.settle({ outcome: 'connection_lost' });
    this.#asked.clear();
  }

  #info(output: 'stream' | 'record'): ObsOutputInfo {
    return this.#states[output] ?? { state: 'off', since: this.#timers.now(), startedAt: null, incident: null };
  }

  #move(output: ObsOutputKind, to: ObsOutputState, at: number, startedAt: number | null): void {
    const before = this.#states[output];
    const from = before?.state ?? 'off';
    const asked = this.#asked.get(output);
    const byLiveCue =
      (asked === 'start' && (to === 'starting' || to === 'on')) || (asked === 'stop' && (to === 'stopping' || to === 'off'));
    if (to === 'on' || to === 'off') this.#asked.delete(output);
    let incident = before?.incident ?? null;
    if (to === 'starting') incident = null;
    else if (to === 'reconnecting') incident = { kind: 'reconnecting', at };
    else if (to === 'off' && RUNNING.has(from) && !byLiveCue) incident = { kind: 'stopped', at };
    this.#states[output] = { state: to, since: from === to ? (before?.since ?? at) : at, startedAt, incident };
    if (from !== to) {
      const change: OutputChange = { output, from, to, at, startedAt: to === 'off' ? (before?.startedAt ?? null) : startedAt, byLiveCue };
      for (const listener of [...this.#listeners]) listener(change);
    }
    for (const waiter of [...this.#waiters]) {
      if (waiter.output !== output) continue;
      if (to === 'on') waiter.settle({ outcome: 'on' });
      else if (to === 'off' && from !== 'off') waiter.settle({ outcome: 'stopped' });
    }
  }
}
