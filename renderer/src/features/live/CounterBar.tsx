import type { TFunction } from 'i18next';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPriceFen, type RuntimeState } from '../../../../shared/domain/runtime';
import type { SaleTarget } from './cueState';
import { BAR_TAPS, type BarEntry } from './liveStore';
import { parseSaleEntry } from './saleEntry';
import { useLive, useLiveStore } from './useLiveStore';

/**
 * One row for one hand, always in view: +1 on likes, follows and fan club, one 成交 entry (orders and amount, counted
 * to the product on air, which it names) and undo of the last entry. After an entry the field lets go of the keyboard,
 * so Space is GO again.
 */
export const CounterBar = memo(function CounterBar({ counters, cue, product }: CounterBarProps) {
  const { t } = useTranslation();
  const store = useLiveStore();
  const lastEntry = useLive((s) => s.lastEntry);
  const [orders, setOrders] = useState('');
  const [amount, setAmount] = useState('');
  const [problem, setProblem] = useState<'orders' | 'amount' | null>(null);
  const productId = cue?.productId ?? null;
  // A flash sale sells at its own price.
  const unitPriceFen = cue?.type === 'flash_sale' && cue.flashPriceFen !== null ? cue.flashPriceFen : (product?.livePriceFen ?? null);

  const submit = async (form: HTMLFormElement) => {
    const entry = parseSaleEntry(orders, amount, unitPriceFen);
    setProblem(entry.ok ? null : entry.problem);
    if (!entry.ok) return;
    if (!(await store.getState().sale(entry.orders, entry.gmvFen, productId))) return;
    setOrders('');
    setAmount('');
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && form.contains(focused)) focused.blur();
  };

  return (
    <section className="live-bar" aria-label={t('live.bar.label')} data-testid="live-bar">
      <BarTaps counters={counters} />
      <form
        className="live-bar__sale"
        data-testid="live-sale"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(e.currentTarget);
        }}
      >
        <span className="live-bar__sale-label">{t('live.bar.sale')}</span>
        <input
          className="live-input live-bar__orders"
          data-testid="live-sale-orders"
          inputMode="numeric"
          value={orders}
          placeholder={t('live.bar.ordersPlaceholder')}
          aria-label={t('live.bar.orders')}
          aria-invalid={problem === 'orders'}
          onChange={(e) => setOrders(e.target.value)}
        />
        <input
          className="live-input live-bar__amount"
          data-testid="live-sale-amount"
          inputMode="decimal"
          value={amount}
          placeholder={
            unitPriceFen === null ? t('live.bar.amountPlaceholder') : t('live.bar.amountAtPrice', { price: formatPriceFen(unitPriceFen) })
          }
          aria-label={t('live.bar.amount')}
          aria-invalid={problem === 'amount'}
          onChange={(e) => setAmount(e.target.value)}
        />
        <button type="submit" className="button live-bar__add" data-testid="live-sale-add">
          {t('live.bar.add')}
        </button>
        <span className="live-bar__for muted" data-testid="live-sale-for" data-product-id={productId ?? ''}>
          {product ? t('live.bar.forProduct', { title: product.title }) : t('live.bar.forSession')}
        </span>
        {problem && (
          <span className="live-error live-bar__problem" role="alert" data-testid="live-sale-problem">
            {t(
              problem === 'orders' ? 'live.bar.ordersInvalid' : unitPriceFen === null ? 'live.bar.amountNeeded' : 'live.bar.amountInvalid',
            )}
          </span>
        )}
      </form>
      <button
        type="button"
        className="button live-bar__undo"
        data-testid="live-bar-undo"
        disabled={lastEntry === null}
        title={lastEntry ? describeEntry(lastEntry, t) : undefined}
        onClick={(e) => {
          void store.getState().undoLastEntry();
          e.currentTarget.blur();
        }}
      >
        <span>{t('live.bar.undo')}</span>
        <span className="live-bar__undo-what" data-testid="live-bar-undo-what">
          {lastEntry ? describeEntry(lastEntry, t) : t('live.bar.nothingToUndo')}
        </span>
      </button>
    </section>
  );
});

/** A sale counts to the cue on air's product, at its price (a flash sale's own). Plain props, so a GO that changes
 * neither the counters nor what is on air does not redraw the bar. */
interface CounterBarProps extends SaleTarget {
  counters: RuntimeState['counters'];
}

/** The three +1 taps: they redraw when a count changes, not on every GO. */
const BarTaps = memo(function BarTaps({ counters }: { counters: RuntimeState['counters'] }) {
  const { t } = useTranslation();
  const store = useLiveStore();
  return (
    <div className="live-bar__taps">
      {BAR_TAPS.map((counter) => (
        <button
          key={counter}
          type="button"
          className="button live-bar__tap"
          data-testid={`live-bar-tap-${counter}`}
          aria-label={t('live.counters.addOne', { name: t(`live.counters.${counter}`) })}
          onClick={(e) => {
            void store.getState().tap(counter);
            // A clicked button keeps focus; Space must stay GO.
            e.currentTarget.blur();
          }}
        >
          <span className="live-bar__tap-name">{t(`live.bar.${counter}`)}</span>
          <span className="live-bar__plus">+1</span>
          <span className="live-bar__count" data-testid={`live-bar-count-${counter}`}>
            {counters[counter].toLocaleString()}
          </span>
        </button>
      ))}
    </div>
  );
});

function describeEntry(entry: BarEntry, t: TFunction): string {
  if (entry.kind === 'tap') return t('live.bar.undoTap', { name: t(`live.bar.${entry.counter}`) });
  return t('live.bar.undoSale', { count: entry.orders, amount: formatPriceFen(entry.gmvFen) });
}
