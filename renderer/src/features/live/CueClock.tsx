import type { RunningCue } from '../../../../shared/domain/runtime';
import { type ClockView, runClock } from './countdown';
import { useTicking } from './useTicking';

/** A running cue's clock: time left, then "+overtime" in the warning colour. Re-renders only when its text changes. */
export function CueClock({ run, className = '' }: { run: RunningCue; className?: string }) {
  const key = useTicking((now) => {
    const clock = runClock(run, now);
    return `${clock.mode} ${clock.text}`;
  });
  const [mode, text] = key.split(' ') as [ClockView['mode'], string];
  return (
    <span className={`live-countdown live-countdown--${mode} ${className}`} data-testid="live-countdown" data-mode={mode}>
      {text}
    </span>
  );
}
