import { useTranslation } from 'react-i18next';
import { projectedEndAt, type RuntimeState } from '../../../../shared/domain/runtime';
import { formatClockTime } from './timelineView';
import { useTicking } from './useTicking';

/** When the show will end at this pace; it moves while a cue overruns, so it reads the clock itself. */
export function ProjectedEnd({ state }: { state: RuntimeState }) {
  const { t } = useTranslation();
  const time = useTicking((now) => formatClockTime(projectedEndAt(state, now)));
  return (
    <p className="muted live-console__end" data-testid="live-projected-end">
      {t('live.projectedEnd', { time })}
    </p>
  );
}
