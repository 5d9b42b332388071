import { useTranslation } from 'react-i18next';
import type { RuntimeCue, RuntimeState } from '../../../../shared/domain/runtime';
import { CardPrice } from './CardPrice';
import { explainingCue, productAfterStandby } from './cueState';
import { RunningOffers } from './RunningOffers';
import { usePrefetchProductCard, useProductCard } from './useLiveStore';

/**
 * What the host needs in front of them: the product being explained with its talking points, beside it the coupon,
 * flash sale, giveaway or task running now, and what comes next.
 */
export function CueCards({ state }: { state: RuntimeState }) {
  const { t } = useTranslation();
  const explaining = explainingCue(state);
  const standby = state.standbyId === null ? null : (state.cues.find((c) => c.id === state.standbyId) ?? null);
  usePrefetchProductCard(productAfterStandby(state));
  // Before the first GO: "press GO"; later, with a coupon but no product on: say there is no product.
  const empty = Object.keys(state.lastRun).length === 0 ? t('live.card.nothingOnAir') : t('live.card.noProduct');
  return (
    <div className="live-cards">
      <div className="live-cards__now">
        <CueCard heading={t('live.card.onAir')} cue={explaining} state={state} testId="live-card-onair" empty={empty} />
        <RunningOffers state={state} />
      </div>
      <CueCard heading={t('live.card.next')} cue={standby} state={state} testId="live-card-next" empty={t('live.endOfShow')} compact />
    </div>
  );
}

interface CueCardProps {
  heading: string;
  cue: RuntimeCue | null;
  state: RuntimeState;
  testId: string;
  empty: string;
  /** The next cue: smaller, so the one on air stays the easiest to read. */
  compact?: boolean;
}

export function CueCard({ heading, cue, state, testId, empty, compact = false }: CueCardProps) {
  const { t } = useTranslation();
  const entry = useProductCard(cue?.productId ?? null);
  // The session's own copy of title and price shows at once, before the catalog answers.
  const snapshot = cue?.productId ? state.catalog.products[cue.productId] : undefined;
  const card = entry?.status === 'ready' ? entry.card : null;
  const title = card?.title ?? snapshot?.title;
  const priceFen = card ? card.livePriceFen : (snapshot?.livePriceFen ?? null);

  return (
    <section
      className={`live-card card${compact ? ' live-card--compact' : ''}`}
      aria-label={heading}
      data-testid={testId}
      data-cue-id={cue?.id ?? ''}
    >
      <h3 className="live-card__heading">{heading}</h3>
      {cue === null ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          {/* A product cue is usually titled after its product; say it once. */}
          {cue.title !== title && <p className="live-card__cue">{cue.title}</p>}
          {cue.productId !== null && (
            <div className="live-card__product">
              {card?.imageUrl ? (
                <img className="live-card__image" src={card.imageUrl} alt={title ?? ''} data-testid="live-card-image" />
              ) : (
                <span className="live-card__image live-card__image--none" aria-hidden="true" />
              )}
              <div>
                {title && (
                  <p className="live-card__title" data-testid="live-card-title">
                    {title}
                  </p>
                )}
                <CardPrice cue={cue} state={state} livePriceFen={priceFen} />
              </div>
            </div>
          )}
          {entry?.status === 'loading' && <p className="muted">{t('live.card.loading')}</p>}
          {entry?.status === 'failed' && <p className="muted">{t('live.card.failed', { message: entry.message })}</p>}
          {card && card.talkingPoints.length > 0 && (
            <ul className="live-card__points" aria-label={t('live.card.talkingPoints')} data-testid="live-talking-points">
              {card.talkingPoints.map((point, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: points are plain lines in a fixed order; two may read the same
                <li key={i}>{point}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
