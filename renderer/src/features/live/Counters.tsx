import { memo, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuntimeState } from '../../../../shared/domain/runtime';
import type { SessionCounter } from '../../../../shared/domain/session/sessionEvents';
import { parseAmount, parseGmvEntry } from './counterAmount';
import type { SaleTarget } from './cueState';
import { useLiveStore } from './useLiveStore';

/** Interaction counters, then sales: orders, buyers and GMV count against the product on air. */
const ENGAGEMENT = ['likes', 'newFollowers', 'fanClubJoins', 'comments', 'shares', 'views'] as const satisfies readonly SessionCounter[];
const SALES = ['orders', 'buyers'] as const satisfies readonly SessionCounter[];
const ATTRIBUTED: ReadonlySet<SessionCounter> = new Set(['orders', 'buyers', 'gmvFen']);

/** Counters the operator taps (+1) or types (an amount, negative to correct); every entry is an increment. */
export const Counters = memo(function Counters({ counters, cue, product }: SaleTarget & { counters: RuntimeState['counters'] }) {
  const { t } = useTranslation();
  const store = useLiveStore();
  const productId = cue?.productId ?? null;
  const productTitle = productId === null ? null : (product?.title ?? cue?.title ?? null);
  // One function for the console's life (the product is read when a figure is added), so a push or a GO redraws only
  // the fields whose figure changed.
  const productRef = useRef(productId);
  productRef.current = productId;
  const add = useCallback(
    (counter: SessionCounter, by: number) => {
      const id = productRef.current;
      void store.getState().command({ type: 'increment', counter, by, ...(ATTRIBUTED.has(counter) && id ? { productId: id } : {}) });
    },
    [store],
  );
  const addGmv = useCallback((fen: number) => add('gmvFen', fen), [add]);

  return (
    <section className="live-panel card" aria-labelledby="live-counters-title">
      <h3 id="live-counters-title">{t('live.counters.title')}</h3>
      {ENGAGEMENT.map((name) => (
        <CounterField key={name} name={name} value={counters[name]} add={add} />
      ))}
      <h4 className="live-counters__sales">{t('live.counters.sales')}</h4>
      <p className="muted live-counters__for" data-testid="live-counters-for">
        {productTitle ? t('live.counters.forProduct', { title: productTitle }) : t('live.counters.forSession')}
      </p>
      {SALES.map((name) => (
        <CounterField key={name} name={name} value={counters[name]} add={add} />
      ))}
      <GmvField value={counters.gmvFen} add={addGmv} />
    </section>
  );
});

const CounterField = memo(function CounterField({
  name,
  value,
  add,
}: {
  name: SessionCounter;
  value: number;
  add: (c: SessionCounter, by: number) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const label = t(`live.counters.${name}`);
  const inputId = `live-counter-input-${name}`;
  const errorId = `live-counter-error-${name}`;
  return (
    <form
      className="live-field"
      onSubmit={(e) => {
        e.preventDefault();
        const by = parseAmount(text);
        setInvalid(by === null);
        if (by === null) return;
        setText('');
        add(name, by);
      }}
    >
      <label className="live-field__label" htmlFor={inputId}>
        {label}
      </label>
      <strong className="live-field__value" data-testid={`live-counter-value-${name}`}>
        {value.toLocaleString()}
      </strong>
      <span className="live-field__control">
        <button
          type="button"
          className="button"
          data-testid={`live-counter-${name}`}
          aria-label={t('live.counters.addOne', { name: label })}
          onClick={() => add(name, 1)}
        >
          {t('live.counters.plusOne')}
        </button>
        <input
          id={inputId}
          className="live-input live-input--amount"
          data-testid={inputId}
          inputMode="numeric"
          value={text}
          placeholder={t('live.counters.amountPlaceholder')}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        <button
          type="submit"
          className="button"
          data-testid={`live-counter-add-${name}`}
          aria-label={t('live.counters.addAmount', { name: label })}
        >
          {t('live.counters.add')}
        </button>
      </span>
      {invalid && (
        <p id={errorId} className="live-error live-field__error" role="alert">
          {t('live.counters.amountInvalid')}
        </p>
      )}
    </form>
  );
});

const GmvField = memo(function GmvField({ value, add }: { value: number; add: (fen: number) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      className="live-field"
      onSubmit={(e) => {
        e.preventDefault();
        const fen = parseGmvEntry(text);
        setInvalid(fen === null);
        if (fen === null) return;
        setText('');
        add(fen);
      }}
    >
      <label className="live-field__label" htmlFor="live-gmv-input">
        {t('live.counters.gmvFen')}
      </label>
      <strong className="live-field__value" data-testid="live-counter-value-gmvFen">
        ¥{(value / 100).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
      </strong>
      <span className="live-field__control">
        <input
          id="live-gmv-input"
          className="live-input"
          data-testid="live-gmv-input"
          inputMode="decimal"
          value={text}
          placeholder={t('live.counters.gmvPlaceholder')}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'live-gmv-error' : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button" data-testid="live-counter-gmvFen">
          {t('live.counters.add')}
        </button>
      </span>
      {invalid && (
        <p id="live-gmv-error" className="live-error live-field__error" role="alert">
          {t('live.counters.gmvInvalid')}
        </p>
      )}
    </form>
  );
});
