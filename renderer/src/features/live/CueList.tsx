import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuntimeCue, RuntimeState } from '../../../../shared/domain/runtime';
import { nextFocusIndex } from '../../keyboard/listFocus';
import { CueRow } from './CueRow';
import { cueState } from './cueState';
import type { CueTime } from './timelineView';

export interface CueActions {
  standby(cue: RuntimeCue): void;
  fire(cue: RuntimeCue): void;
  stop(cue: RuntimeCue): void;
  refire(cue: RuntimeCue): void;
}

interface CueListProps {
  state: RuntimeState;
  now: number;
  times: Map<string, CueTime>;
  actions: CueActions;
}

/**
 * The run of show. One row takes Tab focus at a time (roving tabindex); ↑/↓/Home/End move it, Enter or a
 * double-click fires the focused cue, a click puts a cue on standby.
 */
export function CueList({ state, now, times, actions }: CueListProps) {
  const { t } = useTranslation();
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const rows = useRef(new Map<string, HTMLLIElement>());
  const tabStop = state.cues.some((c) => c.id === focusedId) ? focusedId : (state.standbyId ?? state.cues[0]?.id ?? null);

  const onKeyDown = (e: React.KeyboardEvent<HTMLLIElement>, cue: RuntimeCue, index: number) => {
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      actions.fire(cue);
      return;
    }
    const to = nextFocusIndex(index, e.key, state.cues.length);
    const target = to === null ? undefined : state.cues[to];
    if (!target) return;
    e.preventDefault();
    rows.current.get(target.id)?.focus();
  };

  return (
    <div className="live-cues-wrap">
      <p className="live-cues__hint muted" id="live-cues-hint">
        {t('live.cueList.hint')}
      </p>
      <ol className="live-cues" aria-label={t('live.cues')} aria-describedby="live-cues-hint">
        {state.cues.map((cue, index) => (
          <CueRow
            key={cue.id}
            ref={(el) => {
              if (el) rows.current.set(cue.id, el);
              else rows.current.delete(cue.id);
            }}
            cue={cue}
            index={index}
            liveState={cueState(state, cue)}
            run={state.running.find((r) => r.cueId === cue.id)}
            hasRun={state.lastRun[cue.id] !== undefined}
            time={times.get(cue.id)}
            now={now}
            tabbable={cue.id === tabStop}
            actions={actions}
            onFocus={() => setFocusedId(cue.id)}
            onKeyDown={(e) => onKeyDown(e, cue, index)}
          />
        ))}
      </ol>
    </div>
  );
}
