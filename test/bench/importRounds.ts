import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Backend, createBackend } from '../../electron/backend/createBackend';
import { type BenchLine, line, median } from './benchResult';
import { type Probed, responsivenessLines, whileProbed } from './responsiveness';

export interface ImportRounds<T> {
  /** The benchmark's name: its lines are NAME, NAME.maxBlockMs and NAME.commandWaitMs. */
  name: string;
  rounds: number;
  /** What the baseline is, in words. */
  baseline: string;
  /** The baseline, timed in each round before the import (throws when it read the wrong thing). */
  bare(): Promise<void> | void;
  /** The import through the real API of a fresh store, timed, with the block and command probes on. */
  pipeline(api: Backend): Promise<T>;
  /** Checks what the import did (not timed). */
  check(api: Backend, result: T): Promise<void> | void;
  /** Extra fields of the main line (sizes, rounds). */
  extra: Record<string, number>;
}

/** Rounds of baseline then import side by side (so the ratio holds on a noisy machine); the medians and the worst probes. */
export async function runImportRounds<T>(spec: ImportRounds<T>): Promise<BenchLine[]> {
  const dir = mkdtempSync(path.join(tmpdir(), `livecue-bench-${spec.name}-`));
  const pipelineMs: number[] = [];
  const bareMs: number[] = [];
  const probed: Probed<T>[] = [];
  try {
    for (let round = 0; round < spec.rounds; round++) {
      const t0 = performance.now();
      await spec.bare();
      bareMs.push(performance.now() - t0);

      const api = await createBackend({ dataDir: path.join(dir, `round${round}`), appVersion: 'bench', host: 'serve' });
      try {
        const measured = await whileProbed(api, async () => {
          const t = performance.now();
          const result = await spec.pipeline(api);
          pipelineMs.push(performance.now() - t);
          return result;
        });
        probed.push(measured);
        await spec.check(api, measured.value);
      } finally {
        await api.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    line(
      { name: spec.name, value: median(pipelineMs), unit: 'ms', baseline: spec.baseline, baselineValue: median(bareMs) },
      { ...spec.extra, rounds: spec.rounds },
    ),
    ...responsivenessLines(spec.name, probed),
  ];
}
