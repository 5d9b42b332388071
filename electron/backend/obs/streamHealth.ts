import type { ObsStreamHealth } from '../../../shared/domain/obsActions';
import type { Timers } from '../../../shared/timing/timers';
import type { ObsLink } from './obsLink';

const HEALTH_INTERVAL_MS = 2000;

/**
 * Samples stream health every 2 s while live: bitrate from output byte deltas (OBS reports bytes,
 * not a rate), dropped/skipped frames, congestion, CPU, render fps, disk space.
 */
export function startStreamHealth(options: {
  link: ObsLink;
  timers: Timers;
  onSample(sample: ObsStreamHealth): void;
  intervalMs?: number;
}): () => void {
  const { link, timers } = options;
  let previous: { at: number; bytes: number } | null = null;
  let stopped = false;
  let handle: unknown = null;
  const sample = async () => {
    const [stream, stats] = await link.batch([{ requestType: 'GetStreamStatus' }, { requestType: 'GetStats' }]);
    const s = stream?.data ?? {};
    const st = stats?.data ?? {};
    const at = timers.now();
    const bytes = num(s.outputBytes);
    const bitrateKbps =
      previous && at > previous.at && bytes >= previous.bytes ? ((bytes - previous.bytes) * 8) / (at - previous.at) : null;
    previous = { at, bytes };
    options.onSample({
      at,
      active: s.outputActive === true,
      bitrateKbps,
      congestion: num(s.outputCongestion),
      droppedFrames: Math.round(num(s.outputSkippedFrames)),
      totalFrames: Math.round(num(s.outputTotalFrames)),
      skippedFrames: Math.round(num(st.outputSkippedFrames)),
      renderSkippedFrames: Math.round(num(st.renderSkippedFrames)),
      cpuPercent: num(st.cpuUsage),
      activeFps: num(st.activeFps),
      availableDiskMb: num(st.availableDiskSpace),
    });
  };
  const loop = () => {
    if (stopped) return;
    sample().then(
      () => {
        if (!stopped) handle = timers.setTimeout(loop, options.intervalMs ?? HEALTH_INTERVAL_MS);
      },
      () => {
        // The connection dropped; the controller stops this loop and starts a new one when live again.
        if (!stopped) handle = timers.setTimeout(loop, options.intervalMs ?? HEALTH_INTERVAL_MS);
      },
    );
  };
  loop();
  return () => {
    stopped = true;
    timers.clearTimeout(handle);
  };
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
