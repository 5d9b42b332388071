import type { ObsOutputKind } from '../../../../shared/domain/obsActions';
import type { GoLiveOutputs, PreflightCheck, PreflightCheckId, SessionPreflight } from '../../../../shared/domain/session/sessionPreflight';

/** Check codes the console has its own sentence for; any other code shows the backend's English message. */
const CHECK_CODES = [
  'OK',
  'SHOW_EMPTY',
  'SHOW_INVALID',
  'SHOW_WARNINGS',
  'OBS_NOT_CONFIGURED',
  'OBS_NOT_READY',
  'OBS_MISSING',
  'DISK_LOW',
  'DISK_UNKNOWN',
  'RECORD_DISK_LOW',
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];

const ISSUE_CODES = [
  'CUE_INVALID',
  'ITEM_MISSING',
  'COUPON_EXPIRED',
  'OBS_MISSING_SCENE',
  'OBS_MISSING_SOURCE',
  'OBS_NO_GRAPHICS_ON_CAMERA',
  'FLASH_PRICE_MISSING',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

const knownCheckCode = (code: string): CheckCode | null => CHECK_CODES.find((c) => c === code) ?? null;
export const knownIssueCode = (code: string): IssueCode | null => ISSUE_CODES.find((c) => c === code) ?? null;

/** The translation key of a check's sentence: "OK" reads differently for each check (the show is ready, OBS is ready…). */
export function checkTextKey(
  check: PreflightCheck,
): `live.preflight.ok.${PreflightCheckId}` | `live.preflight.codes.${CheckCode}` | 'live.preflight.notCheckedObs' | null {
  // Scenes and the recording disk are asked of OBS: while it is away they are not failures, just unknown.
  if (check.status === 'skipped' && check.code === 'OBS_NOT_READY') return 'live.preflight.notCheckedObs';
  const code = knownCheckCode(check.code);
  if (code === null) return null;
  return code === 'OK' ? `live.preflight.ok.${check.id}` : `live.preflight.codes.${code}`;
}

/** Free bytes as GiB with one decimal ("12.3"), the way the disk checks are read. */
export function formatGiB(bytes: number): string {
  return (bytes / 1024 ** 3).toFixed(1);
}

const OUTPUT_KINDS = ['stream', 'record', 'virtualCam'] as const satisfies readonly ObsOutputKind[];

/** Whether an output can be chosen when going live, and why not. */
export interface OutputOption {
  kind: ObsOutputKind;
  /** OBS is already running it: nothing to start. */
  active: boolean;
  blocked: 'obsNotReady' | 'notAvailable' | null;
}

export function outputOptions(preflight: SessionPreflight | null): OutputOption[] {
  const outputs = preflight?.obs.state === 'ready' ? preflight.obs.outputs : null;
  const activeOf = { stream: outputs?.streaming, record: outputs?.recording, virtualCam: outputs?.virtualCam } as const;
  return OUTPUT_KINDS.map((kind) => {
    if (outputs === null) return { kind, active: false, blocked: 'obsNotReady' };
    const state = activeOf[kind];
    // A null virtual camera means this OBS has none (not installed on this system).
    if (state === null || state === undefined) return { kind, active: false, blocked: 'notAvailable' };
    return { kind, active: state, blocked: null };
  });
}

/** What to ask `session.start` for: only outputs that can start and are not already running. */
export function outputsToStart(chosen: GoLiveOutputs, preflight: SessionPreflight | null): GoLiveOutputs {
  const startable = new Set(
    outputOptions(preflight)
      .filter((o) => o.blocked === null && !o.active)
      .map((o) => o.kind),
  );
  return {
    stream: chosen.stream && startable.has('stream'),
    record: chosen.record && startable.has('record'),
    virtualCam: chosen.virtualCam && startable.has('virtualCam'),
  };
}

/**
 * What stands next to 开播: why it cannot be pressed (`blocked`), or, when it can only be pressed with a confirm, what
 * the operator would go live without (`caution`). Both null: ready to go.
 */
export interface StartHint {
  blocked: 'offline' | 'noShows' | 'noShow' | null;
  caution: 'checking' | 'obsNotReady' | 'checksFailed' | null;
}

export function startHint(input: {
  connected: boolean;
  showCount: number;
  selectedShowId: string | null;
  preflight: SessionPreflight | null;
  checking: boolean;
}): StartHint {
  if (!input.connected) return { blocked: 'offline', caution: null };
  if (input.selectedShowId === null) return { blocked: input.showCount === 0 ? 'noShows' : 'noShow', caution: null };
  const preflight = input.preflight?.showId === input.selectedShowId ? input.preflight : null;
  if (input.checking || preflight === null) return { blocked: null, caution: 'checking' };
  if (preflight.ready) return { blocked: null, caution: null };
  // OBS is the failure an associate can least afford to miss: no graphics, maybe no picture. Name it first.
  const obsFailed = preflight.checks.some((c) => c.id === 'obs' && c.status === 'failed');
  return { blocked: null, caution: obsFailed ? 'obsNotReady' : 'checksFailed' };
}
