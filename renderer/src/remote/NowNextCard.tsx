import { useTranslation } from 'react-i18next';
import type { RuntimeState } from '../../../shared/domain/runtime';
import { nowNext, onAirClock } from '../secondScreen/nowNext';

/** What is on air (with its countdown) and what is on standby: the whole screen of a view-only phone. */
export function NowNextCard({ state, serverNow }: { state: RuntimeState; serverNow: number }) {
  const { t } = useTranslation();
  const { now, next } = nowNext(state);
  const clock = now ? onAirClock(now.run, serverNow) : null;
  return (
    <section className="phone-card phone-now" aria-label={t('phone.now')}>
      <div className="phone-now__row">
        <span className="phone-label">{t('phone.now')}</span>
        {clock && (
          <strong className={`phone-clock phone-clock--${clock.tone}`} data-testid="phone-clock" data-tone={clock.tone}>
            {clock.text}
          </strong>
        )}
      </div>
      <p className="phone-now__title" data-testid="phone-now">
        {now ? now.cue.title : t('phone.nothingOnAir')}
      </p>
      <p className="phone-now__next">
        <span className="phone-label">{t('phone.next')}</span>{' '}
        <span data-testid="phone-next">{next ? next.title : t('phone.noStandby')}</span>
      </p>
    </section>
  );
}
