import { type ObsOutputKind, ObsOutputKind as OutputKinds } from '../../../shared/domain/obsActions';
import type { ObsOutputState } from '../../../shared/domain/obsStatus';
import type { SessionEventPayload, SessionEventType } from '../../../shared/domain/session/sessionEvents';
import type { GoLiveOutputs, OutputStartResult } from '../../../shared/domain/session/sessionPreflight';
import type { BackendContext } from '../backendContext';
import type { OutputChange } from '../obs/outputWatch';

/** What the session needs from OBS's outputs: a start that waits for OBS to confirm it, and their state changes. */
export interface SessionOutputsObs {
  startOutput(output: ObsOutputKind, timeoutMs?: number): Promise<OutputStartResult>;
  onOutputChange(listener: (change: OutputChange) => void): () => void;
}

type OutputEvent = {
  [T in SessionEventType]: T extends `output.${string}` ? { type: T; payload: SessionEventPayload<T> } : never;
}[SessionEventType];

const RUNNING: ReadonlySet<ObsOutputState> = new Set(['on', 'reconnecting', 'paused', 'stopping']);

/** The event a change of an output's state is during a session, if any. */
function outputChangeEvent(sessionId: string, change: OutputChange): OutputEvent | null {
  const { output, at } = change;
  if (change.to === 'off' && RUNNING.has(change.from)) {
    return { type: 'output.stopped', payload: { sessionId, output, at, byLiveCue: change.byLiveCue, startedAt: change.startedAt } };
  }
  if (change.to === 'reconnecting') return { type: 'output.reconnecting', payload: { sessionId, output, at } };
  if (change.from === 'reconnecting' && change.to === 'on') return { type: 'output.reconnected', payload: { sessionId, output, at } };
  return null;
}

/**
 * The session's side of OBS's outputs: starts the ones chosen when going live and logs how each went (ok only once
 * OBS said it started), and logs at once a running output that stops or starts reconnecting during the session.
 */
export function createSessionOutputs(
  ctx: BackendContext,
  obs: SessionOutputsObs,
  liveSessionId: () => string | null,
  timeoutMs: number | undefined,
) {
  let closed = false;
  const append = (event: OutputEvent) =>
    ctx.events.append({ type: event.type, payload: event.payload, sessionId: event.payload.sessionId });
  const off = obs.onOutputChange((change) => {
    const sessionId = liveSessionId();
    const event = sessionId === null || closed ? null : outputChangeEvent(sessionId, change);
    if (!event) return;
    ctx.writeGate.run(() => append(event)).catch((error: unknown) => console.error('[livecue] logging an output change failed', error));
  });

  return {
    /** Starts the chosen outputs side by side (each waits for OBS on its own) and logs each result as it settles. */
    start(sessionId: string, wanted: GoLiveOutputs): Promise<OutputStartResult[]> {
      const chosen = OutputKinds.options.filter((output) => wanted[output]);
      return Promise.all(
        chosen.map(async (output) => {
          const result = await obs.startOutput(output, timeoutMs);
          if (!closed) append({ type: 'output.started', payload: { sessionId, at: ctx.clock.now(), ...result } });
          return result;
        }),
      );
    },
    close(): void {
      closed = true;
      off();
    },
  };
}
