import type { ObsAction, ObsActionResult, ObsOutputKind } from '../../../shared/domain/obsActions';
import type { PreflightReport } from '../../../shared/domain/obsLayout';
import type { ObsStatus } from '../../../shared/domain/obsStatus';
import type { OutputStartResult } from '../../../shared/domain/session/sessionPreflight';
import type { OutputChange } from '../obs/outputWatch';
import type { SessionObs } from './session.service';

export interface FakeSessionObs extends SessionObs {
  /** Every batch sent, in order. */
  batches: ObsAction[][];
  /** Outputs asked to start, in order. */
  started: ObsOutputKind[];
  /** What `status()` answers; tests change it. */
  current: ObsStatus;
  /** What the scene check answers. */
  report: PreflightReport;
  /** Tells the session an output changed, as OBS's state events would. */
  changeOutput(change: OutputChange): void;
}

/**
 * OBS as the session service sees it, in memory: records batches and output starts (each ok unless `outputResults`
 * says otherwise); status and scene check are set by the test.
 */
export function fakeSessionObs(
  init: { status?: ObsStatus; report?: PreflightReport; outputResults?: Partial<Record<ObsOutputKind, OutputStartResult>> } = {},
): FakeSessionObs {
  const listeners = new Set<(change: OutputChange) => void>();
  const obs: FakeSessionObs = {
    batches: [],
    started: [],
    current: init.status ?? { state: 'not_configured' },
    report: init.report ?? { ready: true, items: [] },
    async run(actions: ObsAction[]): Promise<ObsActionResult[]> {
      obs.batches.push(actions);
      return actions.map(() => ({ ok: true, code: 100 }));
    },
    status: () => obs.current,
    preflightCues: async () => obs.report,
    async startOutput(output: ObsOutputKind): Promise<OutputStartResult> {
      obs.started.push(output);
      return init.outputResults?.[output] ?? { output, ok: true, alreadyActive: false };
    },
    onOutputChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changeOutput(change) {
      for (const listener of listeners) listener(change);
    },
  };
  return obs;
}
