import type { HealthSample, HealthSummary } from './sessionReport';

/** Summary of the samples in the session window (given in time order). */
export function summariseHealth(samples: readonly HealthSample[]): HealthSummary {
  let minBitrate: number | null = null;
  let bitrateSum = 0;
  let bitrateCount = 0;
  let maxCpu: number | null = null;
  let minFps: number | null = null;
  let dropped: number | null = null;
  let previous: number | null = null;
  for (const s of samples) {
    if (s.bitrateKbps !== null) {
      minBitrate = minBitrate === null ? s.bitrateKbps : Math.min(minBitrate, s.bitrateKbps);
      bitrateSum += s.bitrateKbps;
      bitrateCount++;
    }
    maxCpu = maxCpu === null ? s.cpuPercent : Math.max(maxCpu, s.cpuPercent);
    minFps = minFps === null ? s.fps : Math.min(minFps, s.fps);
    // OBS's count is per output run: a restarted stream starts again from 0, so a drop counts from there.
    if (previous !== null) dropped = (dropped ?? 0) + (s.droppedFrames >= previous ? s.droppedFrames - previous : s.droppedFrames);
    else dropped = 0;
    previous = s.droppedFrames;
  }
  return {
    samples: samples.length,
    minBitrateKbps: minBitrate,
    averageBitrateKbps: bitrateCount === 0 ? null : bitrateSum / bitrateCount,
    maxCpuPercent: maxCpu,
    minFps,
    droppedFrames: dropped,
  };
}
