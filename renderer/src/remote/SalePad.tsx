import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { RuntimeState } from '../../../shared/domain/runtime';
import { onAirCue } from '../features/live/cueState';
import { parseYuan } from '../format/money';
import type { PhoneState } from './phoneStore';

export const yuanText = (fen: number) => (Math.abs(fen) / 100).toFixed(2);

/** 成交 with one thumb: orders by steps, the amount typed, counted to the product on air; the last entry undone. */
export function SalePad({ state, phone, sessionId }: { state: RuntimeState; phone: StoreApi<PhoneState>; sessionId: string }) {
  const { t } = useTranslation();
  const [orders, setOrders] = useState(1);
  const [amount, setAmount] = useState('');
  const [invalid, setInvalid] = useState(false);
  const sending = useStore(phone, (s) => s.sending);
  const last = useStore(phone, (s) => (s.salesSessionId === sessionId ? s.sales.at(-1) : undefined));
  const onAir = onAirCue(state);
  const productTitle = onAir?.productId ? (state.catalog.products[onAir.productId]?.title ?? onAir.title) : null;

  return (
    <form
      className="phone-card phone-sale"
      aria-labelledby="phone-sale-title"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = parseYuan(amount);
        const fen = parsed.ok ? parsed.fen : null;
        setInvalid(fen === null);
        if (fen === null) return;
        void phone
          .getState()
          .sale(orders, fen)
          .then(() => {
            if (phone.getState().notice?.kind !== 'sold') return;
            setAmount('');
            setOrders(1);
          });
      }}
    >
      <h2 id="phone-sale-title" className="phone-card__title">
        {t('phone.sale.title')}
      </h2>
      <p className="phone-sale__for" data-testid="phone-sale-for">
        {productTitle ? t('phone.sale.forProduct', { title: productTitle }) : t('phone.sale.forSession')}
      </p>
      <div className="phone-sale__row">
        <span className="phone-label" id="phone-orders-label">
          {t('phone.sale.orders')}
        </span>
        {/* biome-ignore lint/a11y/useSemanticElements: a stepper inside a form row, not a form section */}
        <div className="phone-stepper" role="group" aria-labelledby="phone-orders-label">
          <button
            type="button"
            className="phone-button phone-stepper__button"
            aria-label={t('phone.sale.fewer')}
            data-testid="phone-orders-fewer"
            disabled={orders <= 1}
            onClick={() => setOrders((n) => Math.max(1, n - 1))}
          >
            −
          </button>
          <output className="phone-stepper__value" data-testid="phone-orders" aria-live="polite">
            {orders}
          </output>
          <button
            type="button"
            className="phone-button phone-stepper__button"
            aria-label={t('phone.sale.more')}
            data-testid="phone-orders-more"
            onClick={() => setOrders((n) => Math.min(999, n + 1))}
          >
            +
          </button>
        </div>
      </div>
      <label className="phone-sale__row" htmlFor="phone-amount">
        <span className="phone-label">{t('phone.sale.amount')}</span>
        <input
          id="phone-amount"
          className="phone-input"
          data-testid="phone-amount"
          inputMode="decimal"
          autoComplete="off"
          placeholder={t('phone.sale.amountPlaceholder')}
          value={amount}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'phone-amount-error' : undefined}
          onChange={(e) => {
            setAmount(e.target.value);
            setInvalid(false);
          }}
        />
      </label>
      {invalid && (
        <p id="phone-amount-error" className="phone-error" role="alert">
          {t('phone.sale.amountInvalid')}
        </p>
      )}
      <button
        type="submit"
        className="phone-button phone-button--primary phone-sale__submit"
        data-testid="phone-sale"
        disabled={sending !== null}
      >
        {t('phone.sale.submit')}
      </button>
      {last && (
        <button
          type="button"
          className="phone-button phone-button--quiet"
          data-testid="phone-sale-undo"
          disabled={sending !== null}
          onClick={() => void phone.getState().undoSale()}
        >
          {t('phone.sale.undo', { orders: last.orders, amount: yuanText(last.gmvFen) })}
        </button>
      )}
    </form>
  );
}
