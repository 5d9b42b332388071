import { randomUUID } from 'node:crypto';
import type { ObsActionResult } from '../../../shared/domain/obsActions';
import { desiredActions, type Effect, type RuntimeState, reduce, startSession, toRuntimeCue } from '../../../shared/domain/runtime';
import type { GoLiveOutputs, OutputStartResult, SessionPreflight } from '../../../shared/domain/session/sessionPreflight';
import { type SessionView, toSessionUpdate } from '../../../shared/domain/session/sessionView';
import { realTimers } from '../../../shared/timing/timers';
import type { BackendContext } from '../backendContext';
import type { CoreServices } from '../coreServices';
import { DomainError } from '../dispatch/domainError';
import type { ObsOp } from '../obs/obsOps';
import { buildCatalogLookup } from './catalogLookup';
import { freeBytesOf } from './diskCheck';
import { createObsBatchLog } from './obsBatchLog';
import { createSessionOutputs, type SessionOutputsObs } from './outputStart';
import { type PreflightObs, runPreflight } from './sessionPreflight';
import { createSessionsDao, UnreadableSessionState } from './sessions.dao';
import { checkShow } from './showCheck';

/**
 * What the session needs from OBS: one request batch per cue change, with per-action results; its state and
 * the show's scene check for the preflight; starting outputs when going live and hearing when they change.
 */
export interface SessionObs extends PreflightObs, SessionOutputsObs {
  run(actions: ObsOp[]): Promise<ObsActionResult[]>;
  /** LiveCue's graphics: what to change in OBS for the show's new state (absent: no graphics, e.g. in tests). */
  graphics?: { update(state: RuntimeState | null, now: number): ObsOp[] };
}

/**
 * Live sessions: the one path every live command takes (GO, jump, counters, panic, tick). Each
 * command runs the pure reducer with the backend clock, then in ONE transaction saves the new
 * state (the restore point) and logs the events it produced; only then is OBS told, in one batch,
 * and the batch's outcome logged too. Time-driven work (pre-waits, countdowns) is a `tick` at the
 * time the reducer asked for. A live session found at start-up is resumed where it was.
 */
export interface SessionServiceOptions {
  /** GO presses closer together than this are ignored; overrides the `goDebounceMs` setting (tests, benchmarks). */
  debounceMs?: number;
  /** Free bytes on the disk holding a directory (the preflight's disk check); statfs by default. */
  freeBytes?: (dir: string) => number | null;
  /** How long OBS gets to confirm an output started when going live (8 s by default). */
  outputStartTimeoutMs?: number;
}

export function createSessionService(
  ctx: BackendContext,
  obs: SessionObs,
  { shows, settings, products }: Pick<CoreServices, 'shows' | 'settings' | 'products'>,
  options: SessionServiceOptions = {},
) {
  const dao = createSessionsDao(ctx.db);
  let live: SessionView | null = null;
  let timer: unknown = null;
  let closed = false;
  const outputs = createSessionOutputs(ctx, obs, () => live?.sessionId ?? null, options.outputStartTimeoutMs);
  const batchLog = createObsBatchLog((payload) => ctx.events.append({ type: 'obs.batch', sessionId: payload.sessionId, payload }));

  const persist = ctx.db.transaction((next: RuntimeState, revision: number | null, effects: readonly Effect[]) => {
    if (revision === null) dao.insert(next);
    else dao.save(next, revision);
    for (const effect of effects) {
      if (effect.kind === 'log') ctx.events.append({ type: effect.event.type, payload: effect.event.payload, sessionId: next.sessionId });
    }
  });

  function afterCommit(view: SessionView, effects: readonly Effect[]): void {
    live = view.state.phase === 'live' ? view : null;
    if (!live) batchLog.flush();
    ctx.hub.publish('session.state', toSessionUpdate(view));
    // One batch per command: the cues' own actions (a scene switch first, as the reducer ordered them), then the
    // graphics' changes, so a GO is one round trip to OBS.
    const own = effects.flatMap((e) => (e.kind === 'obs' ? [e] : []));
    const actions: ObsOp[] = [...own.flatMap((e) => e.actions), ...(obs.graphics?.update(view.state, ctx.clock.now()) ?? [])];
    if (actions.length > 0) void sendToObs(view.sessionId, own[0]?.cueId ?? startedCue(effects), actions);
    const next = effects.filter((e): e is Extract<Effect, { kind: 'schedule' }> => e.kind === 'schedule').map((e) => e.at);
    schedule(next.length > 0 ? Math.min(...next) : null);
  }

  async function sendToObs(sessionId: string, cueId: string | null, actions: ObsOp[]): Promise<void> {
    let failures: { action: string; message: string }[];
    try {
      const results = await obs.run(actions);
      failures = results.flatMap((r, i) =>
        r.ok ? [] : [{ action: actions[i]?.kind ?? 'unknown', message: r.message ?? `OBS error ${r.code}` }],
      );
    } catch (error) {
      failures = [{ action: 'batch', message: error instanceof Error ? error.message : String(error) }];
    }
    if (closed) return;
    await ctx.writeGate.run(() => batchLog.record(sessionId, cueId, ctx.clock.now(), failures));
  }

  function schedule(at: number | null): void {
    if (timer) realTimers.clearTimeout(timer);
    timer = null;
    if (at === null || closed) return;
    // realTimers unrefs: a pending tick must not keep a closing process alive.
    timer = realTimers.setTimeout(
      () => {
        timer = null;
        const current = live;
        if (!current) return;
        ctx.writeGate
          .run(() => apply(current.sessionId, { type: 'tick' }), { priority: true })
          .catch((error: unknown) => console.error('[livecue] session tick failed', error));
      },
      Math.max(0, at - ctx.clock.now()),
    );
  }

  function apply(sessionId: string, command: unknown): SessionView {
    const current = live && live.sessionId === sessionId ? live : null;
    if (!current)
      throw new DomainError('NOT_FOUND', `Session ${sessionId} is not live`, { path: ['sessionId'], reason: 'SESSION_NOT_LIVE' });
    const result = reduce(current.state, command, ctx.clock.now());
    if (result.rejected) throw new DomainError('CONFLICT', result.rejected.message, { reason: result.rejected.reason });
    persist(result.state, current.revision, result.effects);
    const view = { sessionId, revision: current.revision + 1, state: result.state };
    afterCommit(view, result.effects);
    return view;
  }

  /**
   * The live session to resume. One whose restore point cannot be read is ended (logged, so its review still
   * shows what happened up to then) rather than keeping the app from starting or running on a guess.
   */
  function readLive() {
    try {
      return dao.live();
    } catch (error) {
      if (!(error instanceof UnreadableSessionState)) throw error;
      console.error(`[livecue] ${error.message}; the session is ended`);
      const at = ctx.clock.now();
      ctx.db.transaction(() => {
        dao.markEnded(error.sessionId, at);
        ctx.events.append({ type: 'session.ended', sessionId: error.sessionId, payload: { sessionId: error.sessionId, at } });
      })();
      return undefined;
    }
  }

  // Resume a session the app was running when it stopped: same cues, same deadlines, nothing re-logged.
  const resumed = readLive();
  if (resumed) {
    live = { sessionId: resumed.id, revision: resumed.revision, state: resumed.state };
    setImmediate(() => {
      if (!live) return;
      ctx.writeGate
        .run(() => apply(resumed.id, { type: 'tick' }), { priority: true })
        .catch(() => {})
        .finally(() => {
          // What OBS should show now (program scene, running cues' cards and countdowns), sent once: OBS may have
          // restarted too, and the controller puts this back whenever it (re)connects.
          const current = live;
          if (current?.sessionId === resumed.id) {
            const now = ctx.clock.now();
            const actions = [...desiredActions(current.state, now), ...(obs.graphics?.update(current.state, now) ?? [])];
            if (actions.length > 0) void sendToObs(resumed.id, null, actions);
          }
        });
    });
  }

  function start(showId: string): SessionView {
    if (live || dao.live()) throw new DomainError('CONFLICT', 'A session is already live; end it first', { reason: 'SESSION_LIVE' });
    const { show, cues } = shows.getShow(showId);
    // A show that cannot run (no cues, a cue pointing at a deleted product) is refused before anything is written.
    const fit = checkShow(ctx.db, cues, ctx.clock.now());
    if (fit.status === 'failed') {
      const failures = fit.issues.filter((i) => i.code !== 'COUPON_EXPIRED');
      throw new DomainError('CONFLICT', `The show cannot go live: ${failures[0]?.message ?? fit.message}`, {
        reason: fit.code,
        issues: failures.map((i) => ({ path: ['cues', i.cueId ?? ''], message: i.message })),
      });
    }
    const goSettings = settings.get();
    const runtimeCues = cues.map(toRuntimeCue);
    const sessionId = randomUUID();
    const { state, effects } = startSession(
      {
        sessionId,
        showId: show.id,
        showName: show.name,
        plannedStartAt: show.plannedStartAt ?? null,
        cues: runtimeCues,
        catalog: buildCatalogLookup(ctx, products, runtimeCues),
        // The operator's GO settings as they are when going live; a change applies from the next session.
        debounceMs: options.debounceMs ?? goSettings.goDebounceMs,
        guardStandby: goSettings.goGuardStandby,
        showScene: goSettings.obsShowScene,
      },
      ctx.clock.now(),
    );
    persist(state, null, effects);
    const view = { sessionId, revision: 1, state };
    afterCommit(view, effects);
    return view;
  }

  return {
    /** The checks before going live (show, OBS, scenes, disks) for the operator to read; changes nothing. */
    preflight(showId: string): Promise<SessionPreflight> {
      const { cues } = shows.getShow(showId);
      return runPreflight(
        { db: ctx.db, obs, dataDir: ctx.dataDir, now: () => ctx.clock.now(), freeBytes: options.freeBytes ?? freeBytesOf },
        showId,
        cues,
      );
    },
    /** Goes live, then starts the chosen OBS outputs: the session's log covers the whole broadcast. */
    async goLive(showId: string, wanted: GoLiveOutputs): Promise<SessionView & { outputs: OutputStartResult[] }> {
      const view = start(showId);
      return { ...view, outputs: await outputs.start(view.sessionId, wanted) };
    },
    start,
    command: apply,
    current(): SessionView | null {
      return live;
    },
    close(): void {
      batchLog.flush();
      outputs.close();
      closed = true;
      schedule(null);
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;

/** The cue a command started (its graphics ride in the batch), for the batch log. */
function startedCue(effects: readonly Effect[]): string | null {
  for (const e of effects) if (e.kind === 'log' && e.event.type === 'cue.started') return e.event.payload.cueId;
  return null;
}
