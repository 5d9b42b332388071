import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunningCue, RuntimeCue, RuntimeState } from '../../../../shared/domain/runtime';
import type { SessionCounter } from '../../../../shared/domain/session/sessionEvents';
import { useConnection } from '../../state/AppStateContext';
import { parseYuan } from '../products/money';
import { ConfirmButton } from '../shows/ConfirmButton';
import { runClock } from './countdown';
import type { LiveProblem } from './liveStore';
import { isLive } from './revision';
import { useLive, useLiveStore } from './useLiveStore';
import { useNow } from './useNow';
import './live.css';

const KNOWN_ERRORS = [
  'SESSION_LIVE',
  'stale_standby',
  'debounced',
  'no_standby',
  'at_start',
  'not_running',
  'not_a_product',
  'session_ended',
  'UNAVAILABLE',
] as const;

function useProblemText(): (p: LiveProblem) => string {
  const { t } = useTranslation();
  return (p) => {
    const known = KNOWN_ERRORS.find((k) => k === p.reason);
    return known ? t(`live.errors.${known}`) : t('live.errors.other', { message: p.message });
  };
}

export function LiveArea() {
  const view = useLive((s) => s.view);
  return <section className="live">{isLive(view) ? <Console state={view.state} /> : <Picker />}</section>;
}

function Picker() {
  const { t } = useTranslation();
  const store = useLiveStore();
  const shows = useLive((s) => s.shows);
  const loading = useLive((s) => s.showsLoading);
  const showsError = useLive((s) => s.showsError);
  const selected = useLive((s) => s.selectedShowId);
  const starting = useLive((s) => s.starting);
  const startError = useLive((s) => s.startError);
  const connected = useConnection((s) => s.status.state === 'connected');
  const problemText = useProblemText();

  useEffect(() => {
    void store.getState().loadShows();
  }, [store]);

  return (
    <div className="live-picker card">
      <h2>{t('live.title')}</h2>
      {showsError && <p role="alert">{t('live.picker.failed', { message: showsError })}</p>}
      {shows.length === 0 ? (
        <p className="muted">{loading ? t('live.picker.loading') : t('live.picker.none')}</p>
      ) : (
        <label className="live-picker__field">
          <span>{t('live.picker.label')}</span>
          <select
            data-testid="live-show-select"
            value={selected ?? ''}
            onChange={(e) => store.getState().selectShow(e.target.value || null)}
          >
            {shows.map((show) => (
              <option key={show.id} value={show.id}>
                {show.name} · {t('live.picker.cues', { count: show.cueCount })}
              </option>
            ))}
          </select>
        </label>
      )}
      <button
        type="button"
        className="button button--primary live-picker__start"
        data-testid="live-start"
        disabled={!connected || starting || selected === null}
        onClick={() => void store.getState().start()}
      >
        {starting ? t('live.picker.starting') : t('live.picker.start')}
      </button>
      {startError && (
        <p className="live-error" role="alert" data-testid="live-error" data-reason={startError.reason ?? ''}>
          {problemText(startError)}
        </p>
      )}
    </div>
  );
}

function cueState(state: RuntimeState, cue: RuntimeCue): 'standby' | 'running' | 'idle' {
  if (state.running.some((r) => r.cueId === cue.id)) return 'running';
  return state.standbyId === cue.id ? 'standby' : 'idle';
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

function Console({ state }: { state: RuntimeState }) {
  const { t } = useTranslation();
  const store = useLiveStore();
  const commandError = useLive((s) => s.commandError);
  const problemText = useProblemText();
  const now = useNow(state.running.length > 0);
  const standby = state.standbyId === null ? null : (state.cues.find((c) => c.id === state.standbyId) ?? null);
  const standbyId = state.standbyId;

  const go = () => void store.getState().command({ type: 'go', expectedStandbyId: standbyId });
  const goRef = useRef(go);
  goRef.current = go;

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.code !== 'Space' && e.key !== ' ') return;
      if (e.repeat || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.target instanceof HTMLButtonElement) e.target.blur();
      e.preventDefault();
      goRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // A refusal is a brief notice, not a state.
  useEffect(() => {
    if (!commandError) return;
    const timer = setTimeout(() => store.getState().clearCommandError(), 4000);
    return () => clearTimeout(timer);
  }, [commandError, store]);

  return (
    <div className="live-console">
      <header className="live-console__head">
        <h2>{state.showName}</h2>
        <div className="live-console__danger">
          <PanicButton onPanic={() => void store.getState().command({ type: 'panic' })} />
          <ConfirmButton
            label={t('live.end')}
            question={t('live.endQuestion')}
            yes={t('live.endYes')}
            no={t('live.endNo')}
            testId="live-end"
            onConfirm={() => void store.getState().command({ type: 'end' })}
          />
        </div>
      </header>

      <button
        type="button"
        className="live-go"
        data-testid="live-go"
        data-standby-id={standbyId ?? ''}
        disabled={standbyId === null}
        onClick={go}
      >
        <span className="live-go__label">{t('live.go')}</span>
        <span className="live-go__title">{standby ? standby.title : t('live.endOfShow')}</span>
        <span className="live-go__hint">{t('live.goHint')}</span>
      </button>

      <div className="live-console__row">
        <button type="button" className="button" data-testid="live-back" onClick={() => void store.getState().command({ type: 'back' })}>
          {t('live.back')}
        </button>
        <button type="button" className="button" data-testid="live-skip" onClick={() => void store.getState().command({ type: 'skip' })}>
          {t('live.skip')}
        </button>
        {commandError && (
          <p className="live-error" role="alert" data-testid="live-error" data-reason={commandError.reason ?? ''}>
            {problemText(commandError)}
          </p>
        )}
      </div>

      <div className="live-console__body">
        <ol className="live-cues" aria-label={t('live.cues')}>
          {state.cues.map((cue) => {
            const run = state.running.find((r) => r.cueId === cue.id);
            const cs = cueState(state, cue);
            return (
              <li key={cue.id} className={`live-cue live-cue--${cs}`} data-testid="live-cue" data-cue-id={cue.id} data-state={cs}>
                <span className="live-cue__badge">{t(`live.state.${cs}`)}</span>
                <span className="live-cue__title">{cue.title}</span>
                {run && <Countdown run={run} now={now} />}
                <span className="live-cue__actions">
                  {run && (
                    <button
                      type="button"
                      className="button button--quiet"
                      data-testid="live-stop"
                      onClick={() => void store.getState().command({ type: 'stop', cueId: cue.id })}
                    >
                      {t('live.stop')}
                    </button>
                  )}
                  {cue.type === 'product' && state.lastRun[cue.id] && (
                    <button
                      type="button"
                      className="button button--quiet"
                      data-testid="live-refire"
                      onClick={() => void store.getState().command({ type: 'refire', cueId: cue.id })}
                    >
                      {t('live.refire')}
                    </button>
                  )}
                </span>
              </li>
            );
          })}
        </ol>
        <Counters counters={state.counters} />
      </div>
    </div>
  );
}

function Countdown({ run, now }: { run: RunningCue; now: number }) {
  const clock = runClock(run, now);
  return (
    <span className={`live-countdown live-countdown--${clock.mode}`} data-testid="live-countdown" data-mode={clock.mode}>
      {clock.text}
    </span>
  );
}

const COUNTERS = ['likes', 'newFollowers', 'fanClubJoins', 'orders'] as const satisfies readonly SessionCounter[];

function Counters({ counters }: { counters: Record<SessionCounter, number> }) {
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
    <aside className="live-counters card" aria-label={t('live.counters.title')}>
      <h3>{t('live.counters.title')}</h3>
      {COUNTERS.map((name) => (
        <div key={name} className="live-counter">
          <span>{t(`live.counters.${name}`)}</span>
          <strong data-testid={`live-counter-value-${name}`}>{counters[name] ?? 0}</strong>
          <button type="button" className="button" data-testid={`live-counter-${name}`} onClick={() => add(name, 1)}>
            {t('live.counters.plusOne')}
          </button>
        </div>
      ))}
      <form
        className="live-counter"
        onSubmit={(e) => {
          e.preventDefault();
          addGmv();
        }}
      >
        <span>{t('live.counters.gmvFen')}</span>
        <strong data-testid="live-counter-value-gmvFen">¥{((counters.gmvFen ?? 0) / 100).toFixed(2)}</strong>
        <input
          data-testid="live-gmv-input"
          inputMode="decimal"
          value={gmv}
          placeholder={t('live.counters.gmvPlaceholder')}
          aria-invalid={gmvError}
          onChange={(e) => setGmv(e.target.value)}
        />
        <button type="submit" className="button" data-testid="live-counter-gmvFen">
          {t('live.counters.gmvAdd')}
        </button>
      </form>
      {gmvError && <p role="alert">{t('live.counters.gmvInvalid')}</p>}
    </aside>
  );
}

/** PANIC needs a second click within 3 s. */
function PanicButton({ onPanic }: { onPanic(): void }) {
  const { t } = useTranslation();
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (!armed) return;
    const timer = setTimeout(() => setArmed(false), 3000);
    return () => clearTimeout(timer);
  }, [armed]);
  return (
    <button
      type="button"
      className={`button live-panic${armed ? ' live-panic--armed' : ''}`}
      data-testid="live-panic"
      data-armed={armed}
      onClick={() => {
        if (!armed) {
          setArmed(true);
          return;
        }
        setArmed(false);
        onPanic();
      }}
    >
      {armed ? t('live.panicConfirm') : t('live.panic')}
    </button>
  );
}
