import type { ObsOutputKind } from '../../../shared/domain/obsActions';
import { outputProblemMessage } from '../../../shared/domain/outputProblem';
import type { OutputStartResult } from '../../../shared/domain/session/sessionPreflight';
import type { ObsLink } from './obsLink';
import { type Diagnosis, diagnoseStart, type FolderCheck } from './outputDiagnosis';
import { setOutput } from './outputs';
import type { OutputWatch } from './outputWatch';

/** How long OBS gets to say an output started before it counts as failed. */
export const OUTPUT_START_TIMEOUT_MS = 8000;

export interface ConfirmedStartDeps {
  link: ObsLink;
  available: ReadonlySet<string>;
  watch: OutputWatch;
  timeoutMs: number;
  /** OBS runs on this PC, so its recording folder can be checked here. */
  onThisPc: boolean;
  checkFolder?: FolderCheck;
}

const RUNNING = new Set(['on', 'reconnecting', 'paused']);

/**
 * Starts an output and reports ok only once OBS says it started (its state event), not when the request returns:
 * OBS 29 answers StartStream "ok" with no stream key and then stops at once, and answers StartRecord "ok" into a
 * folder that does not exist and then does nothing at all. A start that has not taken within `timeoutMs` fails
 * with the best reason LiveCue can find.
 */
export async function startConfirmed(deps: ConfirmedStartDeps, output: ObsOutputKind): Promise<OutputStartResult> {
  const { watch } = deps;
  const state = watch.state(output);
  if (state === null) return outputFailed(output, { problem: 'NOT_AVAILABLE', subject: null });
  if (RUNNING.has(state)) return { output, ok: true, alreadyActive: true };
  // Waiting starts before the request is sent: OBS may say STARTED before it answers it.
  const wait = watch.waitForStart(output, deps.timeoutMs);
  // Already starting (someone pressed Start in OBS a moment ago): wait for that rather than asking twice.
  if (state !== 'starting') {
    watch.expect(output, 'start');
    try {
      await setOutput(deps.link, deps.available, output, 'start');
    } catch (error) {
      watch.forget(output);
      wait.cancel();
      return outputFailed(output, { problem: 'REQUEST_FAILED', subject: error instanceof Error ? error.message : String(error) });
    }
  }
  const outcome = await wait.result;
  if (outcome.outcome === 'on') return { output, ok: true, alreadyActive: false };
  const diagnosis = await diagnoseStart(deps.link, output, outcome, {
    onThisPc: deps.onThisPc,
    waitedMs: deps.timeoutMs,
    ...(deps.checkFolder ? { checkFolder: deps.checkFolder } : {}),
  });
  return outputFailed(output, diagnosis);
}

/** A failed start as reported and logged: the problem for the UI, its subject, and the English sentence. */
export function outputFailed(output: ObsOutputKind, { problem, subject }: Diagnosis): OutputStartResult {
  return {
    output,
    ok: false,
    alreadyActive: false,
    problem,
    ...(subject === null ? {} : { subject }),
    message: outputProblemMessage(output, problem, subject),
  };
}
