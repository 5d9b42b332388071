import type { RunningCue } from '../../../../shared/domain/runtime';
import { runClock } from './countdown';

/** A running cue's clock: time left, then "+overtime" in the warning colour. */
export function CueClock({ run, now }: { run: RunningCue; now: number }) {
  const clock = runClock(run, now);
  return (
    <span className={`live-countdown live-countdown--${clock.mode}`} data-testid="live-countdown" data-mode={clock.mode}>
      {clock.text}
    </span>
  );
}
