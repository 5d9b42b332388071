import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObsStatus } from '../../../../shared/domain/obsStatus';
import { lightView, programSceneView } from './outputView';
import { useTicking } from './useTicking';

type Output = 'stream' | 'record';

/**
 * What viewers get right now, from OBS itself: LIVE and REC with the time on, and the scene on program. Each light
 * reads the shared clock itself; the times come from when OBS said an output started.
 */
export const OnAirStatus = memo(function OnAirStatus({ status }: { status: ObsStatus | null }) {
  return (
    <div className="live-onair" data-testid="live-onair">
      <OutputLights status={status} />
      <ProgramScene status={status} />
    </div>
  );
});

export function OutputLights({ status }: { status: ObsStatus | null }) {
  const { t } = useTranslation();
  return (
    // Not a live region: the time ticks every second and would be read out every second.
    <ul className="live-lights" aria-label={t('live.lights.label')}>
      <OutputLight status={status} output="stream" />
      <OutputLight status={status} output="record" />
    </ul>
  );
}

function OutputLight({ status, output }: { status: ObsStatus | null; output: Output }) {
  const { t } = useTranslation();
  const elapsed = useTicking((now) => lightView(status, output, now).elapsed);
  const light = lightView(status, output, 0);
  const stateText =
    light.state === 'on' || light.state === 'off' ? t(`live.lights.${light.state}.${output}`) : t(`live.lights.states.${light.state}`);
  return (
    <li
      className={`live-light live-light--${light.tone}`}
      data-testid={`live-light-${output}`}
      data-tone={light.tone}
      data-state={light.state}
      aria-label={t('live.lights.aria', { name: t(`live.outputs.names.${output}`), state: stateText, elapsed: elapsed ?? '' })}
    >
      <span className="live-light__dot" aria-hidden="true" />
      <span className="live-light__name">{t(`live.lights.${output}`)}</span>
      <span className="live-light__value" data-testid={`live-light-${output}-value`}>
        {/* On: the time on air. Otherwise the word, which matters more than the time (starting, reconnecting…). */}
        {light.tone === 'on' ? elapsed : stateText}
      </span>
    </li>
  );
}

export function ProgramScene({ status }: { status: ObsStatus | null }) {
  const { t } = useTranslation();
  const program = programSceneView(status);
  return (
    <p
      className={`live-program${program.safe ? ' live-program--safe' : ''}`}
      data-testid="live-program"
      data-scene={program.scene ?? ''}
      data-safe={program.safe}
      role="status"
    >
      <span className="live-program__label">{t('live.program.label')}</span>
      <span className="live-program__scene">{program.scene ?? t('live.program.unknown')}</span>
      {program.safe && <span className="live-program__warning">{t('live.program.safe')}</span>}
    </p>
  );
}
