/**
 * How the controller waits for OBS after losing it. A TCP connect to OBS's port is cheap (refused at once while
 * OBS is down) and tells the moment it listens again, so while lost LiveCue probes on a short fixed interval and
 * starts the full WebSocket handshake only once the port accepts. The backoff is kept for handshakes that FAIL
 * against a listening port (OBS up but not answering, a crash loop): that is what must not be hammered.
 */

/** Between two probes while OBS's port refuses. */
export const PROBE_INTERVAL_MS = 300;
/** A probe that neither connects nor is refused (OBS on another PC, a dropped packet) counts as refused. */
export const PROBE_TIMEOUT_MS = 1000;
/** A connection dropped sooner than this after `ready` counts as a failed handshake (OBS crashing again at once). */
export const FLAP_MS = 5000;

/**
 * Why a connection or an attempt ended:
 * - `refused`: the port never accepted (OBS not running or not listening yet): probe.
 * - `dropped`: a connection that was ready (long enough) closed: probe, the backoff does not grow.
 * - `failed`: the port accepted but the handshake, identify or resync did not succeed (OBS not ready, or not OBS at
 *   all at that port): wait the backoff, then probe.
 */
export type LostCause = 'refused' | 'dropped' | 'failed';

export function lostCause(attempt: { portAccepted: boolean; readyForMs: number | null }): LostCause {
  if (attempt.readyForMs !== null) return attempt.readyForMs >= FLAP_MS ? 'dropped' : 'failed';
  return attempt.portAccepted ? 'failed' : 'refused';
}
