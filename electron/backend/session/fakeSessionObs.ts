import type { ObsAction, ObsActionResult, ObsOutputKind } from '../../../shared/domain/obsActions';
import type { PreflightReport } from '../../../shared/domain/obsLayout';
import type { ObsStatus } from '../../../shared/domain/obsStatus';
import type { SessionObs } from './session.service';

export interface FakeSessionObs extends SessionObs {
  /** Every batch sent, in order. */
  batches: ObsAction[][];
  /** Outputs started, in order. */
  started: ObsOutputKind[];
  /** What `status()` answers; tests change it. */
  current: ObsStatus;
  /** What the scene check answers. */
  report: PreflightReport;
}

/** OBS as the session service sees it, in memory: records batches and output starts; status and scene check are set by the test. */
export function fakeSessionObs(init: { status?: ObsStatus; report?: PreflightReport; failOutput?: ObsOutputKind } = {}): FakeSessionObs {
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
    async output(output: ObsOutputKind): Promise<void> {
      if (output === init.failOutput) throw new Error(`OBS refused to start ${output}`);
      obs.started.push(output);
    },
  };
  return obs;
}
