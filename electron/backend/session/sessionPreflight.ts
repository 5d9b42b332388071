import type Database from 'better-sqlite3';
import type { Cue } from '../../../shared/domain/catalog/show';
import type { PreflightReport } from '../../../shared/domain/obsLayout';
import type { ObsStatus } from '../../../shared/domain/obsStatus';
import type { PreflightCheck, PreflightIssue, SessionPreflight } from '../../../shared/domain/session/sessionPreflight';
import type { PreflightCue } from '../obs/preflight';
import { checkDataDisk, checkRecordDisk } from './diskCheck';
import { checkShow } from './showCheck';

/** What the preflight needs from OBS: its state, and which scenes/sources the show's cues need. */
export interface PreflightObs {
  status(): ObsStatus;
  preflightCues(cues: readonly PreflightCue[]): Promise<PreflightReport>;
}

export interface PreflightDeps {
  db: Database.Database;
  obs: PreflightObs;
  dataDir: string;
  now: () => number;
  freeBytes: (dir: string) => number | null;
}

function checkObs(status: ObsStatus): PreflightCheck {
  const base = { id: 'obs' as const, issues: [] };
  if (status.state === 'ready') {
    return { ...base, status: 'ok', code: 'OK', message: status.obsVersion ? `OBS ${status.obsVersion} is ready` : 'OBS is ready' };
  }
  const code = status.state === 'not_configured' ? 'OBS_NOT_CONFIGURED' : 'OBS_NOT_READY';
  return { ...base, status: 'failed', code, message: status.message ?? `OBS is ${status.state}` };
}

function checkScenes(report: PreflightReport): PreflightCheck {
  const missing = report.items.filter((i) => !i.exists);
  // The camera scene exists but LiveCue's graphics are not on it: the cues would run with nothing on stream.
  const bare = report.showScene && !report.showScene.hasGraphics && !missing.some((m) => m.name === report.showScene?.name);
  if (missing.length === 0 && !bare) {
    return { id: 'scenes', status: 'ok', code: 'OK', message: `${report.items.length} scenes and sources found`, issues: [] };
  }
  const issues: PreflightIssue[] = missing.map((m) => ({
    code: m.kind === 'scene' ? 'OBS_MISSING_SCENE' : 'OBS_MISSING_SOURCE',
    message: `${m.kind === 'scene' ? 'Scene' : 'Source'} "${m.name}" is missing (used by ${m.usedBy.join(', ')})`,
    cueId: m.usedBy.find((u) => u !== 'panic' && u !== 'show') ?? null,
    subject: m.name,
  }));
  if (bare && report.showScene) {
    issues.push({
      code: 'OBS_NO_GRAPHICS_ON_CAMERA',
      message: `LiveCue's graphics are not on the camera scene "${report.showScene.name}"; run the setup assistant again`,
      cueId: null,
      subject: report.showScene.name,
    });
  }
  return {
    id: 'scenes',
    status: 'failed',
    code: 'OBS_MISSING',
    message: issues.map((i) => i.message).join('; '),
    issues,
  };
}

const skipped = (id: 'scenes' | 'recordDisk', message: string): PreflightCheck => ({
  id,
  status: 'skipped',
  code: 'OBS_NOT_READY',
  message,
  issues: [],
});

/**
 * Everything worth knowing before going live, checked in one go: the show (cues valid, items exist),
 * OBS (ready; every scene and source the cues and PANIC touch exists), and the disks (the database's and
 * OBS's recording disk). Never throws for a failing check: the operator sees each result and decides.
 */
export async function runPreflight(deps: PreflightDeps, showId: string, cues: readonly Cue[]): Promise<SessionPreflight> {
  const checks: PreflightCheck[] = [checkShow(deps.db, cues, deps.now())];
  const status = deps.obs.status();
  checks.push(checkObs(status));
  let recordDiskFreeMb: number | undefined;
  if (status.state === 'ready') {
    try {
      const report = await deps.obs.preflightCues(cues);
      checks.push(checkScenes(report));
      recordDiskFreeMb = report.recordDiskFreeMb;
    } catch (error) {
      checks.push(skipped('scenes', error instanceof Error ? error.message : String(error)));
    }
  } else {
    checks.push(skipped('scenes', 'OBS is not ready'));
  }
  checks.push(checkDataDisk(deps.dataDir, deps.freeBytes(deps.dataDir)));
  checks.push(status.state === 'ready' ? checkRecordDisk(recordDiskFreeMb) : skipped('recordDisk', 'OBS is not ready'));
  return {
    showId,
    checkedAt: deps.now(),
    ready: checks.every((c) => c.status !== 'failed'),
    checks,
    obs: { state: status.state, outputs: status.outputs ?? null },
  };
}
