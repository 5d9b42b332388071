import { type CSSProperties, type KeyboardEvent, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunningCue, RuntimeCue } from '../../../../shared/domain/runtime';
import { hotkeyLabel } from '../../keyboard/hotkeyChord';
import { CueClock } from './CueClock';
import type { CueActions } from './CueList';
import type { CueLiveState } from './cueState';

interface CueRowProps {
  cue: RuntimeCue;
  index: number;
  liveState: CueLiveState;
  run: RunningCue | undefined;
  hasRun: boolean;
  /** "HH:MM" it is due (or started), null for a cue passed over. */
  dueAt: string | null;
  /** How late it runs against the plan, in whole minutes (0: less than one); null when on time or aired. */
  lateMinutes: number | null;
  tabbable: boolean;
  actions: CueActions;
  register(id: string, el: HTMLLIElement | null): void;
  onFocusRow(id: string): void;
  onRowKeyDown(e: KeyboardEvent<HTMLLIElement>, cue: RuntimeCue, index: number): void;
}

/** One cue: its state, colour, due time (shifted when the show runs late), hotkey, clock and actions. */
export const CueRow = memo(function CueRow(props: CueRowProps) {
  const { cue, index, liveState, run, hasRun, dueAt, lateMinutes, tabbable, actions, register, onFocusRow, onRowKeyDown } = props;
  const { t } = useTranslation();
  // A running cue says what it is doing (讲解中, 发券中, …), not just "on air".
  const state = liveState === 'running' ? t(`live.running.${cue.type}`) : t(`live.state.${liveState}`);
  // An aired cue shows when it started, never a due time or a lateness warning: that is over.
  const aired = run !== undefined || liveState === 'done';
  return (
    <li
      ref={(el) => register(cue.id, el)}
      className={`live-cue live-cue--${liveState}`}
      style={cue.colour ? ({ '--cue-colour': cue.colour } as CSSProperties) : undefined}
      data-testid="live-cue"
      data-cue-id={cue.id}
      data-state={liveState}
      tabIndex={tabbable ? 0 : -1}
      aria-label={t('live.cueList.row', { n: index + 1, title: cue.title, state })}
      aria-current={liveState === 'standby' ? 'step' : undefined}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onFocusRow(cue.id);
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
      onKeyDown={(e) => onRowKeyDown(e, cue, index)}
    >
      <span className="live-cue__colour" aria-hidden="true" />
      <span className="live-cue__badge">{state}</span>
      <span className="live-cue__main">
        <span className="live-cue__title">
          <span className="live-cue__number">{index + 1}</span> {cue.title}
        </span>
        <span className="live-cue__meta">
          <span className="live-cue__type">{t(`live.cueType.${cue.type}`)}</span>
          {dueAt !== null && (
            <span className={`live-cue__due${lateMinutes !== null ? ' live-cue__due--late' : ''}`} data-testid="live-cue-due">
              {t(aired ? 'live.cueList.started' : 'live.cueList.due', { time: dueAt })}
              {lateMinutes !== null && lateMinutes > 0 && ` ${t('live.cueList.late', { count: lateMinutes })}`}
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
      {run ? <CueClock run={run} /> : <span />}
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
});
