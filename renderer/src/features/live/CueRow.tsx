import type { CSSProperties, KeyboardEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunningCue, RuntimeCue } from '../../../../shared/domain/runtime';
import { hotkeyLabel } from '../../keyboard/hotkeyChord';
import { CueClock } from './CueClock';
import type { CueActions } from './CueList';
import { formatElapsed } from './countdown';
import type { CueLiveState } from './cueState';
import { type CueTime, formatClockTime } from './timelineView';

interface CueRowProps {
  ref: Ref<HTMLLIElement>;
  cue: RuntimeCue;
  index: number;
  liveState: CueLiveState;
  run: RunningCue | undefined;
  hasRun: boolean;
  time: CueTime | undefined;
  now: number;
  tabbable: boolean;
  actions: CueActions;
  onFocus(): void;
  onKeyDown(e: KeyboardEvent<HTMLLIElement>): void;
}

/** One cue: its state, colour, due time (shifted when the show runs late), hotkey, clock and actions. */
export function CueRow({ ref, cue, index, liveState, run, hasRun, time, now, tabbable, actions, onFocus, onKeyDown }: CueRowProps) {
  const { t } = useTranslation();
  // A running cue says what it is doing (讲解中, 发券中, …), not just "on air".
  const state = liveState === 'running' ? t(`live.running.${cue.type}`) : t(`live.state.${liveState}`);
  // An aired cue shows when it started, never a due time or a lateness warning: that is over.
  const aired = run !== undefined || liveState === 'done';
  const late = time !== undefined && time.lateMs > 0 && liveState !== 'done';
  return (
    <li
      ref={ref}
      className={`live-cue live-cue--${liveState}`}
      style={cue.colour ? ({ '--cue-colour': cue.colour } as CSSProperties) : undefined}
      data-testid="live-cue"
      data-cue-id={cue.id}
      data-state={liveState}
      tabIndex={tabbable ? 0 : -1}
      aria-label={t('live.cueList.row', { n: index + 1, title: cue.title, state })}
      aria-current={liveState === 'standby' ? 'step' : undefined}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onFocus();
      }}
      onClick={(e) => {
        // The row's own buttons act on their own.
        if (e.target instanceof Element && e.target.closest('button')) return;
        actions.standby(cue);
      }}
      onDoubleClick={(e) => {
        if (e.target instanceof Element && e.target.closest('button')) return;
        actions.fire(cue);
      }}
      onKeyDown={onKeyDown}
    >
      <span className="live-cue__colour" aria-hidden="true" />
      <span className="live-cue__badge">{state}</span>
      <span className="live-cue__main">
        <span className="live-cue__title">
          <span className="live-cue__number">{index + 1}</span> {cue.title}
        </span>
        <span className="live-cue__meta">
          <span className="live-cue__type">{t(`live.cueType.${cue.type}`)}</span>
          {time?.at != null && (
            <span className={`live-cue__due${late ? ' live-cue__due--late' : ''}`} data-testid="live-cue-due">
              {t(aired ? 'live.cueList.started' : 'live.cueList.due', { time: formatClockTime(time.at) })}
              {late && ` ${t('live.cueList.late', { by: formatElapsed(time.lateMs) })}`}
            </span>
          )}
        </span>
      </span>
      {cue.hotkey ? (
        <kbd className="live-cue__hotkey" data-testid="live-cue-hotkey" title={t('live.cueList.hotkey')}>
          {hotkeyLabel(cue.hotkey)}
        </kbd>
      ) : (
        <span />
      )}
      {run ? <CueClock run={run} now={now} /> : <span />}
      <span className="live-cue__actions">
        <button
          type="button"
          className="button button--quiet"
          data-testid="live-fire"
          tabIndex={-1}
          aria-label={t('live.fireCue', { title: cue.title })}
          onClick={() => actions.fire(cue)}
        >
          {t('live.fire')}
        </button>
        {run && (
          <button type="button" className="button button--quiet" data-testid="live-stop" onClick={() => actions.stop(cue)}>
            {t('live.stop')}
          </button>
        )}
        {cue.type === 'product' && hasRun && (
          <button type="button" className="button button--quiet" data-testid="live-refire" onClick={() => actions.refire(cue)}>
            {t('live.refire')}
          </button>
        )}
      </span>
    </li>
  );
}
