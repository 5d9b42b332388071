import { performance } from 'node:perf_hooks';
import type { Benchmark } from './benchResult';
import { startLiveObsShow } from './liveObsShow';

const CUES = 60;
const ROUNDS = 5;

/**
 * show.go: GO → every effect applied: the reducer's events committed to SQLite (WAL, FULL) and the
 * cue's OBS batch acknowledged by real OBS, p95 over 60 product cues (median as an extra field);
 * against the p95 of a raw SetCurrentProgramScene on the same OBS, rounds interleaved in one run.
 */
export const showGo: Benchmark = {
  name: 'show.go',
  async run() {
    const rig = await startLiveObsShow('show.go', CUES * ROUNDS + 2);
    try {
      const { sessions, live } = rig;
      let standby = live.state.standbyId;
      const go = async (): Promise<number> => {
        const done = rig.nextAcknowledged();
        const t0 = performance.now();
        standby = sessions.command(live.sessionId, { type: 'go', expectedStandbyId: standby }).state.standbyId;
        return (await done) - t0;
      };
      return [await rig.againstRawSwitch('show.go', go, ROUNDS, CUES)];
    } finally {
      await rig.close();
    }
  },
};
