import type { RunningCue } from '../../../../shared/domain/runtime';
import { isEnding, runClock } from './countdown';
import { useTicking } from './useTicking';

/** A running cue's clock: time left, then "+overtime" in the warning colour. Re-renders only when its text changes. */
export function CueClock({ run, className = '' }: { run: RunningCue; className?: string }) {
  const key = useTicking((now) => {
    const clock = runClock(run, now);
    // Its last 30 seconds in the warning colour, overtime in its own.
    return `${clock.mode === 'remaining' && isEnding(run, now) ? 'ending' : clock.mode} ${clock.text}`;
  });
  const [mode, text] = key.split(' ') as [string, string];
  return (
    <span className={`live-countdown live-countdown--${mode} ${className}`} data-testid="live-countdown" data-mode={mode}>
      {text}
    </span>
  );
}
