import type { Backend } from '../../electron/backend/createBackend';
import { type BenchLine, line, median } from './benchResult';
import { startBlockProbe } from './blockProbe';
import { startCommandProbe } from './commandProbe';

export interface Probed<T> {
  value: T;
  /** Longest the event loop was held while `work` ran. */
  blockMs: number;
  /** Slowest everyday command sent while `work` ran. */
  commandWaitMs: number;
}

/** Runs `work` on `api` with the block probe and the command probe on. */
export async function whileProbed<T>(api: Backend, work: () => Promise<T>): Promise<Probed<T>> {
  const probe = startBlockProbe();
  const commands = startCommandProbe(api);
  try {
    const value = await work();
    // Let the probe tick once more so it sees the last turn of the work.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { value, blockMs: probe.stop(), commandWaitMs: await commands.stop() };
  } finally {
    probe.stop();
    await commands.stop();
  }
}

/** `NAME.maxBlockMs` and `NAME.commandWaitMs`: the worst round, with the median of the rounds beside it. */
export function responsivenessLines(name: string, rounds: readonly Probed<unknown>[]): BenchLine[] {
  const blocks = rounds.map((r) => r.blockMs);
  const waits = rounds.map((r) => r.commandWaitMs);
  return [
    line(
      { name: `${name}.maxBlockMs`, value: Math.max(...blocks), unit: 'ms', baseline: null, baselineValue: null },
      { medianOfRounds: median(blocks) },
    ),
    line(
      { name: `${name}.commandWaitMs`, value: Math.max(...waits), unit: 'ms', baseline: null, baselineValue: null },
      { medianOfRounds: median(waits) },
    ),
  ];
}
