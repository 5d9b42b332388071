import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionCounter } from '../../../../shared/domain/session/sessionEvents';
import { parseYuan } from '../products/money';
import { useLiveStore } from './useLiveStore';

const COUNTERS = ['likes', 'newFollowers', 'fanClubJoins', 'orders'] as const satisfies readonly SessionCounter[];

/** Tap counters (+1) and GMV entered in yuan, stored in fen. */
export function Counters({ counters }: { counters: Record<SessionCounter, number> }) {
  const { t } = useTranslation();
  const store = useLiveStore();
  const [gmv, setGmv] = useState('');
  const [gmvError, setGmvError] = useState(false);
  const add = (counter: SessionCounter, by: number) => void store.getState().command({ type: 'increment', counter, by });

  const addGmv = () => {
    const parsed = parseYuan(gmv);
    if (!parsed.ok || parsed.fen === null || parsed.fen === 0) {
      setGmvError(true);
      return;
    }
    setGmvError(false);
    setGmv('');
    add('gmvFen', parsed.fen);
  };

  return (
    <section className="live-panel card" aria-labelledby="live-counters-title">
      <h3 id="live-counters-title">{t('live.counters.title')}</h3>
      {COUNTERS.map((name) => (
        <div key={name} className="live-field">
          <span className="live-field__label">{t(`live.counters.${name}`)}</span>
          <strong className="live-field__value" data-testid={`live-counter-value-${name}`}>
            {counters[name] ?? 0}
          </strong>
          <span className="live-field__control">
            <button
              type="button"
              className="button"
              data-testid={`live-counter-${name}`}
              aria-label={t('live.counters.addOne', { name: t(`live.counters.${name}`) })}
              onClick={() => add(name, 1)}
            >
              {t('live.counters.plusOne')}
            </button>
          </span>
        </div>
      ))}
      <form
        className="live-field"
        onSubmit={(e) => {
          e.preventDefault();
          addGmv();
        }}
      >
        <label className="live-field__label" htmlFor="live-gmv-input">
          {t('live.counters.gmvFen')}
        </label>
        <strong className="live-field__value" data-testid="live-counter-value-gmvFen">
          ¥{((counters.gmvFen ?? 0) / 100).toFixed(2)}
        </strong>
        <span className="live-field__control">
          <input
            id="live-gmv-input"
            className="live-input"
            data-testid="live-gmv-input"
            inputMode="decimal"
            value={gmv}
            placeholder={t('live.counters.gmvPlaceholder')}
            aria-invalid={gmvError}
            aria-describedby={gmvError ? 'live-gmv-error' : undefined}
            onChange={(e) => setGmv(e.target.value)}
          />
          <button type="submit" className="button" data-testid="live-counter-gmvFen">
            {t('live.counters.gmvAdd')}
          </button>
        </span>
      </form>
      {gmvError && (
        <p id="live-gmv-error" className="live-error" role="alert">
          {t('live.counters.gmvInvalid')}
        </p>
      )}
    </section>
  );
}
