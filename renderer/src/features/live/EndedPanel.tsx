import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPriceFen } from '../../../../shared/domain/runtime';
import type { SessionView } from '../../../../shared/domain/session/sessionView';
import { useAppState } from '../../state/AppStateContext';
import { reportsStoreFor } from '../../state/reports/useReportsStore';
import { useGoToArea } from '../../ui/areaNavigation';
import { formatElapsed } from './countdown';
import { formatClockTime } from './timelineView';
import { useLiveStore } from './useLiveStore';

/** After 结束直播: what ran, and the way to its review at once (or back to the show picker for another show). */
export function EndedPanel({ view }: { view: SessionView }) {
  const { t } = useTranslation();
  const { client } = useAppState();
  const store = useLiveStore();
  const goTo = useGoToArea();
  const { state } = view;
  const endedAt = state.endedAt ?? state.startedAt;
  const reviewButton = useRef<HTMLButtonElement>(null);
  // The panel replaces the console the operator was using: its first action takes the keyboard (Enter opens the review).
  useEffect(() => reviewButton.current?.focus(), []);
  const openReview = () => {
    void reportsStoreFor(client).getState().select(view.sessionId);
    store.getState().closeEnded();
    goTo('reports');
  };
  return (
    <section className="live-ended card" aria-labelledby="live-ended-title" data-testid="live-ended" data-session-id={view.sessionId}>
      <h2 id="live-ended-title">{t('live.ended.title')}</h2>
      <p className="live-ended__summary">
        {t('live.ended.summary', {
          show: state.showName,
          start: formatClockTime(state.startedAt),
          end: formatClockTime(endedAt),
          duration: formatElapsed(endedAt - state.startedAt),
        })}
      </p>
      <p className="live-ended__figures" data-testid="live-ended-figures">
        {t('live.ended.figures', { orders: state.counters.orders.toLocaleString(), gmv: formatPriceFen(state.counters.gmvFen) })}
      </p>
      <div className="live-ended__actions">
        <button
          type="button"
          className="button button--primary live-ended__review"
          data-testid="live-ended-review"
          ref={reviewButton}
          onClick={openReview}
        >
          {t('live.ended.review')}
        </button>
        <button type="button" className="button" data-testid="live-ended-another" onClick={() => store.getState().closeEnded()}>
          {t('live.ended.another')}
        </button>
      </div>
    </section>
  );
}
