import { useTranslation } from 'react-i18next';
import type { ObsStatus } from '../../../../shared/domain/obsStatus';
import { lightView, programSceneView } from './outputView';

/**
 * What viewers get right now, from OBS itself: LIVE and REC with the time on, and the scene on program. The
 * clock ticks in the console; the times come from when OBS said an output started.
 */
export function OnAirStatus({ status, now }: { status: ObsStatus | null; now: number }) {
  const { t } = useTranslation();
  const program = programSceneView(status);
  return (
    <div className="live-onair" data-testid="live-onair">
      {/* Not a live region: the time ticks every second and would be read out every second. */}
      <ul className="live-lights" aria-label={t('live.lights.label')}>
        {(['stream', 'record'] as const).map((output) => {
          const light = lightView(status, output, now);
          const stateText =
            light.state === 'on' || light.state === 'off'
              ? t(`live.lights.${light.state}.${output}`)
              : t(`live.lights.states.${light.state}`);
          return (
            <li
              key={output}
              className={`live-light live-light--${light.tone}`}
              data-testid={`live-light-${output}`}
              data-tone={light.tone}
              data-state={light.state}
              aria-label={t('live.lights.aria', {
                name: t(`live.outputs.names.${output}`),
                state: stateText,
                elapsed: light.elapsed ?? '',
              })}
            >
              <span className="live-light__dot" aria-hidden="true" />
              <span className="live-light__name">{t(`live.lights.${output}`)}</span>
              <span className="live-light__value" data-testid={`live-light-${output}-value`}>
                {/* On: the time on air. Otherwise the word, which matters more than the time (starting, reconnecting…). */}
                {light.tone === 'on' ? light.elapsed : stateText}
              </span>
            </li>
          );
        })}
      </ul>
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
    </div>
  );
}
