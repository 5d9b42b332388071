import { useTranslation } from 'react-i18next';
import { formatPriceFen, type RuntimeState } from '../../../../shared/domain/runtime';
import { CueClock } from './CueClock';
import { type RunningEntry, runningOffers } from './cueState';

/** Beside the product card: the coupon, flash sale, giveaway or task running now, each with its own clock. */
export function RunningOffers({ state, hideHeading = false }: { state: RuntimeState; hideHeading?: boolean }) {
  const { t } = useTranslation();
  const offers = runningOffers(state);
  return (
    <section className="live-offers card" aria-labelledby="live-offers-title" data-testid="live-offers">
      <h3 className={hideHeading ? 'visually-hidden' : 'live-card__heading'} id="live-offers-title">
        {t('live.offers.title')}
      </h3>
      {offers.length === 0 ? (
        <p className="muted">{t('live.offers.none')}</p>
      ) : (
        <ul className="live-offers__list">
          {offers.map((entry) => (
            <li key={entry.cue.id} className="live-offer" data-testid="live-offer" data-cue-id={entry.cue.id} data-type={entry.cue.type}>
              <span className={`live-offer__label live-offer__label--${entry.cue.type}`}>{t(`live.running.${entry.cue.type}`)}</span>
              <CueClock run={entry.run} />
              <span className="live-offer__title">{entry.cue.title}</span>
              <OfferDetail state={state} entry={entry} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The figure the host reads out: the coupon, the flash price, the task's progress and reward. */
function OfferDetail({ state, entry: { cue, run } }: { state: RuntimeState; entry: RunningEntry }) {
  const { t } = useTranslation();
  const coupon = cue.couponId ? state.catalog.coupons[cue.couponId] : undefined;
  const task = cue.taskId ? state.catalog.tasks[cue.taskId] : undefined;
  const parts: string[] = [];
  if (cue.type === 'flash_sale' && cue.flashPriceFen !== null)
    parts.push(t('live.offers.flashPrice', { price: formatPriceFen(cue.flashPriceFen) }));
  if (cue.type === 'flash_sale' && cue.flashQuantity !== null) parts.push(t('live.offers.quantity', { count: cue.flashQuantity }));
  if (coupon && coupon.label !== cue.title) parts.push(coupon.label);
  if (task) {
    if (task.title !== cue.title) parts.push(task.title);
    // Progress only where a counter measures it (follows, likes…); a giveaway's target is its number of winners.
    if (cue.type === 'task' && task.counter) parts.push(t('live.offers.progress', { reached: run.reached, target: task.target }));
    if (task.reward) parts.push(t('live.offers.reward', { reward: task.reward }));
  }
  if (parts.length === 0) return null;
  return (
    <span className="live-offer__detail" data-testid="live-offer-detail">
      {parts.join(' · ')}
    </span>
  );
}
