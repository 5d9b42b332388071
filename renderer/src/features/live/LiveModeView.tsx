import { useTranslation } from 'react-i18next';
import type { ObsStatus } from '../../../../shared/domain/obsStatus';
import type { RuntimeState } from '../../../../shared/domain/runtime';
import { CounterBar } from './CounterBar';
import { CueCard } from './CueCards';
import { explainingCue, saleTarget } from './cueState';
import { OutputLights, ProgramScene } from './OnAirStatus';
import { RunningOffers } from './RunningOffers';
import './liveMode.css';

interface LiveModeViewProps {
  state: RuntimeState;
  obsStatus: ObsStatus | null;
  /** GO with its standby, the dangerous buttons and the notices: the console's own, placed here. */
  go: React.ReactNode;
  danger: React.ReactNode;
  notices: React.ReactNode;
  onLeave(): void;
}

/**
 * The on-air view for the host, readable from two metres at 1366×768: what is on air (picture, title, price, talking
 * points) takes the most room; beside it the running countdown, the next cue and GO; along the top LIVE / REC, viewers
 * and the scene on program; along the bottom the one-hand counter bar. Every figure sits in a box of fixed size, so
 * nothing moves when a number changes.
 */
export function LiveModeView({ state, obsStatus, go, danger, notices, onLeave }: LiveModeViewProps) {
  const { t } = useTranslation();
  const explaining = explainingCue(state);
  const standby = state.standbyId === null ? null : (state.cues.find((c) => c.id === state.standbyId) ?? null);
  const empty = Object.keys(state.lastRun).length === 0 ? t('live.card.nothingOnAir') : t('live.card.noProduct');
  const viewers = state.gauges.viewersOnline?.last;
  return (
    <div className="live-mode" data-testid="live-mode">
      <header className="live-mode__top">
        <OutputLights status={obsStatus} />
        <p className="live-mode__viewers" data-testid="live-mode-viewers">
          <span className="live-mode__viewers-label">{t('live.liveMode.viewers')}</span>
          <strong>{viewers === undefined ? t('live.liveMode.noViewers') : viewers.toLocaleString()}</strong>
        </p>
        <ProgramScene status={obsStatus} />
        {/* The host knows the show; its name is for screen readers and the window title. */}
        <h2 className="visually-hidden">{state.showName}</h2>
        <div className="live-mode__danger">{danger}</div>
        <button type="button" className="button live-mode__leave" data-testid="live-mode-leave" onClick={onLeave}>
          {t('live.liveMode.leave')} <kbd>{t('live.liveMode.leaveHint')}</kbd>
        </button>
      </header>
      {/* Always there (empty when all is well), so the grid rows keep their places. */}
      <div className="live-mode__notices">{notices}</div>
      <div className="live-mode__main">
        <div className="live-mode__onair">
          <CueCard heading={t('live.card.onAir')} cue={explaining} state={state} testId="live-card-onair" empty={empty} />
        </div>
        <div className="live-mode__side">
          {/* The offer's own label (发券中, 福袋进行中…) says it; a heading would cost a line above the countdown. */}
          <RunningOffers state={state} hideHeading />
          <CueCard
            heading={t('live.liveMode.next')}
            cue={standby}
            state={state}
            testId="live-card-next"
            empty={t('live.endOfShow')}
            compact
          />
          {go}
        </div>
      </div>
      <CounterBar counters={state.counters} {...saleTarget(state)} />
    </div>
  );
}
