import { useTranslation } from 'react-i18next';
import { formatPriceFen, type RuntimeCue, type RuntimeState } from '../../../../shared/domain/runtime';
import './cardPrice.css';

interface Props {
  cue: RuntimeCue;
  state: RuntimeState;
  /** The product's live price (catalog or the session's copy); null when it has none. */
  livePriceFen: number | null;
}

/**
 * The price line of a cue card: a flash sale shows its 秒杀价 with the live price struck through beside it (and how many
 * are offered), so the host never reads the ¥899 live price out during a 9.9 秒杀; any other cue its live price.
 */
export function CardPrice({ cue, state, livePriceFen }: Props) {
  const { t } = useTranslation();
  const flashFen = cue.type === 'flash_sale' ? flashPriceOf(cue, state) : null;
  if (flashFen === null) {
    return (
      <p className="live-card__price" data-testid="live-card-price">
        {livePriceFen === null ? t('live.card.noPrice') : formatPriceFen(livePriceFen)}
      </p>
    );
  }
  return (
    <p className="live-card__price card-price--flash" data-testid="live-card-price" data-flash-price={flashFen}>
      <span className="card-price__label">{t('glossary.couponType.flash_price')}</span>
      <span data-testid="live-card-flash-price">{formatPriceFen(flashFen)}</span>
      {livePriceFen !== null && (
        <s className="card-price__was" data-testid="live-card-live-price">
          {formatPriceFen(livePriceFen)}
        </s>
      )}
      {cue.flashQuantity !== null && (
        <span className="card-price__quantity" data-testid="live-card-flash-quantity">
          {t('catalog.flashSale.quantity', { n: cue.flashQuantity })}
        </span>
      )}
    </p>
  );
}

/** The cue's own flash price, else the price of the 秒杀价 coupon it names (as on stream), else none. */
function flashPriceOf(cue: RuntimeCue, state: RuntimeState): number | null {
  if (cue.flashPriceFen !== null) return cue.flashPriceFen;
  const coupon = cue.couponId === null ? undefined : state.catalog.coupons[cue.couponId];
  return coupon?.type === 'flash_price' && coupon.value !== undefined ? coupon.value : null;
}
