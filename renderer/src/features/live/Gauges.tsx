import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GaugeReading } from '../../../../shared/domain/runtime';
import type { SessionGauge } from '../../../../shared/domain/session/sessionEvents';
import { parseReading } from './gaugeReading';
import { useLiveStore } from './useLiveStore';

const GAUGES = ['viewersOnline', 'uniqueViewers'] as const satisfies readonly SessionGauge[];

/** Readings off the platform's dashboard (viewers online now, unique viewers so far), with last and peak. */
export const Gauges = memo(function Gauges({ gauges }: { gauges: Partial<Record<SessionGauge, GaugeReading>> }) {
  const { t } = useTranslation();
  return (
    <section className="live-panel card" aria-labelledby="live-gauges-title">
      <h3 id="live-gauges-title">{t('live.gauges.title')}</h3>
      {GAUGES.map((gauge) => (
        <GaugeField key={gauge} gauge={gauge} reading={gauges[gauge]} />
      ))}
    </section>
  );
});

function GaugeField({ gauge, reading }: { gauge: SessionGauge; reading: GaugeReading | undefined }) {
  const { t } = useTranslation();
  const store = useLiveStore();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const inputId = `live-gauge-input-${gauge}`;
  const errorId = `live-gauge-error-${gauge}`;

  return (
    <form
      className="live-field live-field--gauge"
      onSubmit={(e) => {
        e.preventDefault();
        const value = parseReading(text);
        setInvalid(value === null);
        if (value === null) return;
        setText('');
        void store.getState().command({ type: 'readGauge', gauge, value });
      }}
    >
      <label className="live-field__label" htmlFor={inputId}>
        {t(`live.gauges.${gauge}`)}
      </label>
      <span className="live-field__value live-gauge__figures">
        <strong data-testid={`live-gauge-last-${gauge}`}>{reading ? reading.last : '–'}</strong>
        <span className="muted">
          {t('live.gauges.peak')} <span data-testid={`live-gauge-peak-${gauge}`}>{reading ? reading.peak : '–'}</span>
        </span>
      </span>
      <span className="live-field__control">
        <input
          id={inputId}
          className="live-input"
          data-testid={inputId}
          inputMode="numeric"
          value={text}
          placeholder={t('live.gauges.placeholder')}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button" data-testid={`live-gauge-save-${gauge}`}>
          {t('live.gauges.save')}
        </button>
      </span>
      {invalid && (
        <p id={errorId} className="live-error live-field__error" role="alert">
          {t('live.gauges.invalid')}
        </p>
      )}
    </form>
  );
}
