import { type KeyboardEvent, useCallback, useDeferredValue, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuntimeCue, RuntimeState } from '../../../../shared/domain/runtime';
import { nextFocusIndex } from '../../keyboard/listFocus';
import { CueRow } from './CueRow';
import { cueState } from './cueState';
import { cueTimes, formatClockTime } from './timelineView';
import { useTicking } from './useTicking';

export interface CueActions {
  standby(cue: RuntimeCue): void;
  fire(cue: RuntimeCue): void;
  stop(cue: RuntimeCue): void;
  refire(cue: RuntimeCue): void;
}

interface CueListProps {
  state: RuntimeState;
  /** Must keep its identity between renders: every row holds it. */
  actions: CueActions;
}

const currentSecond = (now: number) => Math.floor(now / 1000);

/**
 * The run of show. One row takes Tab focus at a time (roving tabindex); ↑/↓/Home/End move it, Enter or a
 * double-click fires the focused cue, a click puts a cue on standby. Rows are memoised and get only plain values,
 * so a GO or a clock tick re-renders the rows whose text changed, however long the show.
 */
export function CueList({ state, actions }: CueListProps) {
  const { t } = useTranslation();
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const rows = useRef(new Map<string, HTMLLIElement>());
  const cues = useRef(state.cues);
  cues.current = state.cues;
  // Due times shift while a cue overruns; the list reads the clock once a second, each row redraws only if its text
  // changed: the time due (HH:MM) and the lateness in whole minutes, so a late show redraws its rows once a minute.
  const second = useTicking(currentSecond);
  // A GO can move every later cue's due time at once (100+ rows on a long show). The GO paints first, with the
  // rows' states; the due times follow in a deferred render right after, so a long show's GO costs what a short
  // show's does.
  const timedState = useDeferredValue(state);
  const times = cueTimes(timedState, second * 1000).byCue;
  const tabStop = state.cues.some((c) => c.id === focusedId) ? focusedId : (state.standbyId ?? state.cues[0]?.id ?? null);

  const registerRow = useCallback((id: string, el: HTMLLIElement | null) => {
    if (el) rows.current.set(id, el);
    else rows.current.delete(id);
  }, []);

  const onRowKeyDown = useCallback(
    (e: KeyboardEvent<HTMLLIElement>, cue: RuntimeCue, index: number) => {
      if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Enter') {
        e.preventDefault();
        actions.fire(cue);
        return;
      }
      const list = cues.current;
      const to = nextFocusIndex(index, e.key, list.length);
      const target = to === null ? undefined : list[to];
      if (!target) return;
      e.preventDefault();
      rows.current.get(target.id)?.focus();
    },
    [actions],
  );

  return (
    <div className="live-cues-wrap">
      <p className="live-cues__hint muted" id="live-cues-hint">
        {t('live.cueList.hint')}
      </p>
      <ol className="live-cues" aria-label={t('live.cues')} aria-describedby="live-cues-hint" data-testid="live-cues">
        {state.cues.map((cue, index) => {
          const time = times.get(cue.id);
          const liveState = cueState(state, cue);
          return (
            <CueRow
              key={cue.id}
              cue={cue}
              index={index}
              liveState={liveState}
              run={state.running.find((r) => r.cueId === cue.id)}
              hasRun={state.lastRun[cue.id] !== undefined}
              dueAt={time?.at == null ? null : formatClockTime(time.at)}
              lateMinutes={time !== undefined && time.lateMs > 0 && liveState !== 'done' ? Math.floor(time.lateMs / 60_000) : null}
              tabbable={cue.id === tabStop}
              actions={actions}
              register={registerRow}
              onFocusRow={setFocusedId}
              onRowKeyDown={onRowKeyDown}
            />
          );
        })}
      </ol>
    </div>
  );
}
