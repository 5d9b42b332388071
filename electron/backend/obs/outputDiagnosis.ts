import { access, constants, stat } from 'node:fs/promises';
import type { ObsOutputKind } from '../../../shared/domain/obsActions';
import type { OutputProblem } from '../../../shared/domain/outputProblem';
import type { ObsLink } from './obsLink';
import type { StartWait } from './outputWatch';

/** All the diagnosis asks of OBS. */
export type ObsCaller = Pick<ObsLink, 'call'>;

export interface Diagnosis {
  problem: OutputProblem;
  subject: string | null;
}

/** A folder OBS should write into, as this PC sees it; null when it looks fine. */
export type FolderCheck = (dir: string) => Promise<Extract<OutputProblem, `RECORD_FOLDER_${string}`> | null>;

const checkFolderOnDisk: FolderCheck = async (dir) => {
  try {
    if (!(await stat(dir)).isDirectory()) return 'RECORD_FOLDER_NOT_A_FOLDER';
  } catch {
    // ENOENT, or ENOTDIR when a parent is a file: either way there is no such folder.
    return 'RECORD_FOLDER_MISSING';
  }
  try {
    await access(dir, constants.W_OK);
    return null;
  } catch {
    return 'RECORD_FOLDER_NOT_WRITABLE';
  }
};

export interface DiagnoseOptions {
  /** OBS runs on this PC (a loopback URL), so its recording folder can be looked at here. */
  onThisPc: boolean;
  checkFolder?: FolderCheck;
  waitedMs: number;
}

/**
 * The best reason LiveCue can give for a start OBS did not carry out: obs-websocket's events say only that the
 * state moved. OBS is asked for what it would need (stream server and key, recording folder); failing that, the
 * way the state moved is the reason.
 */
export async function diagnoseStart(link: ObsCaller, output: ObsOutputKind, wait: StartWait, options: DiagnoseOptions): Promise<Diagnosis> {
  if (wait.outcome === 'connection_lost') return { problem: 'CONNECTION_LOST', subject: null };
  const found =
    output === 'stream'
      ? await streamSettingsProblem(link, wait)
      : output === 'record' && options.onThisPc
        ? await recordFolderProblem(link, options.checkFolder ?? checkFolderOnDisk)
        : null;
  if (found) return found;
  const seconds = String(Math.round(options.waitedMs / 1000));
  if (wait.outcome === 'stopped') return { problem: 'STOPPED_WHILE_STARTING', subject: null };
  if (wait.outcome === 'timeout' && wait.state === 'starting') return { problem: 'STILL_STARTING', subject: seconds };
  return { problem: 'NO_ANSWER', subject: seconds };
}

async function streamSettingsProblem(link: ObsCaller, wait: StartWait): Promise<Diagnosis | null> {
  const answer = await link.call('GetStreamServiceSettings').catch(() => null);
  if (!answer) return null;
  const type = typeof answer.streamServiceType === 'string' ? answer.streamServiceType : '';
  const settings = (typeof answer.streamServiceSettings === 'object' && answer.streamServiceSettings) || {};
  const text = (key: string) => {
    const value = (settings as Record<string, unknown>)[key];
    return typeof value === 'string' ? value.trim() : '';
  };
  // Only RTMP services have a server and key to check (WHIP and others are set up differently).
  if (type !== 'rtmp_common' && type !== 'rtmp_custom') return null;
  const server = type === 'rtmp_common' ? text('service') || text('server') : text('server');
  const key = text('key');
  if (!server && !key) return { problem: 'STREAM_NOT_SET_UP', subject: null };
  if (!key) return { problem: 'STREAM_NO_KEY', subject: server };
  if (!server) return { problem: 'STREAM_NO_SERVER', subject: null };
  const where = type === 'rtmp_common' && text('server') && text('server') !== 'auto' ? text('server') : server;
  return wait.outcome === 'stopped' ? { problem: 'STREAM_CONNECT_FAILED', subject: where } : null;
}

async function recordFolderProblem(link: ObsCaller, checkFolder: FolderCheck): Promise<Diagnosis | null> {
  const answer = await link.call('GetRecordDirectory').catch(() => null);
  const dir = typeof answer?.recordDirectory === 'string' ? answer.recordDirectory : '';
  if (!dir) return null;
  const problem = await checkFolder(dir);
  return problem ? { problem, subject: dir } : null;
}

/** Whether a WebSocket URL points at this PC. */
export function isLoopbackUrl(url: string | null): boolean {
  if (!url) return false;
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\./.test(host);
  } catch {
    return false;
  }
}
