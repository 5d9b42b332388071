import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuntimeCommand, RuntimeState } from '../../../../shared/domain/runtime';
import { useObs } from '../../state/AppStateContext';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { PresenterButton } from '../../ui/PresenterButton';
import { OutputFailures, OutputIncidents, PanicNotice } from './ConsoleNotices';
import { CounterBar } from './CounterBar';
import { Counters } from './Counters';
import { CueCards } from './CueCards';
import { type CueActions, CueList } from './CueList';
import { saleTarget } from './cueState';
import { Gauges } from './Gauges';
import { LiveModeView } from './LiveModeView';
import { OnAirStatus } from './OnAirStatus';
import { outputIncidents } from './outputView';
import { PanicButton } from './PanicButton';
import { ProjectedEnd } from './ProjectedEnd';
import { useConsoleKeys } from './useConsoleKeys';
import { useLive, useLiveStore } from './useLiveStore';
import { useProblemText } from './useProblemText';

/**
 * The live console: GO, the run of show, what is on air, counters and the dangerous buttons; or the same session in
 * live mode (full screen, for the host). Both fit the window: the cue list and the side column scroll on their own,
 * so typing in a counter never scrolls GO away.
 */
export function Console({ state }: { state: RuntimeState }) {
  const { t } = useTranslation();
  const store = useLiveStore();
  const commandError = useLive((s) => s.commandError);
  const outputFailures = useLive((s) => s.outputFailures);
  const dismissed = useLive((s) => s.dismissedIncidents);
  const liveMode = useLive((s) => s.liveMode);
  const obsStatus = useObs((s) => s.status);
  const problemText = useProblemText();
  const send = useCallback((command: RuntimeCommand) => void store.getState().command(command), [store]);
  const standbyId = state.standbyId;
  const standby = standbyId === null ? null : (state.cues.find((c) => c.id === standbyId) ?? null);
  const go = () => send({ type: 'go', expectedStandbyId: standbyId });
  // One object for the console's life: every cue row holds it, so a new one would redraw the whole list.
  const actions = useMemo<CueActions>(() => {
    const run = (command: RuntimeCommand) => void store.getState().command(command);
    return {
      standby: (cue) => run({ type: 'setStandby', cueId: cue.id }),
      fire: (cue) => run({ type: 'jump', cueId: cue.id }),
      stop: (cue) => run({ type: 'stop', cueId: cue.id }),
      refire: (cue) => run({ type: 'refire', cueId: cue.id }),
    };
  }, [store]);
  useConsoleKeys({ go, fire: actions.fire, cues: state.cues });
  const incidents = outputIncidents(obsStatus, state.startedAt, dismissed);

  // A refusal is a brief notice, not a state.
  useEffect(() => {
    if (!commandError) return;
    const timer = setTimeout(() => store.getState().clearCommandError(), 4000);
    return () => clearTimeout(timer);
  }, [commandError, store]);

  // The same elements from GO to GO (React skips them): PANIC keeps its hold timer, nothing here redraws per GO.
  const danger = useMemo(
    () => (
      <>
        <PanicButton onPanic={() => send({ type: 'panic' })} />
        <ConfirmButton
          label={t('live.end')}
          question={t('live.endQuestion')}
          yes={t('live.endYes')}
          no={t('live.endNo')}
          testId="live-end"
          onConfirm={() => send({ type: 'end' })}
        />
      </>
    ),
    [send, t],
  );
  const target = saleTarget(state);
  const goButton = (
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
  );
  const error = commandError && (
    <p className="live-error" role="alert" data-testid="live-error" data-reason={commandError.reason ?? ''}>
      {problemText(commandError)}
    </p>
  );
  const notices = (
    <>
      <OutputFailures failures={outputFailures} onDismiss={() => store.getState().dismissOutputFailures()} />
      <OutputIncidents incidents={incidents} onDismiss={() => store.getState().dismissIncidents(incidents.map((i) => i.key))} />
      <PanicNotice at={state.panicAt} />
    </>
  );

  if (liveMode) {
    return (
      <LiveModeView
        state={state}
        obsStatus={obsStatus}
        go={goButton}
        danger={danger}
        notices={
          <>
            {notices}
            {error}
          </>
        }
        onLeave={() => store.getState().setLiveMode(false)}
      />
    );
  }

  return (
    <div className="live-console">
      <header className="live-console__head">
        <div className="live-console__title">
          <h2>{state.showName}</h2>
          <ProjectedEnd state={state} />
        </div>
        <button
          type="button"
          className="button live-console__mode"
          data-testid="live-mode-enter"
          onClick={() => store.getState().setLiveMode(true)}
        >
          {t('live.liveMode.enter')} <kbd>{t('live.liveMode.enterHint')}</kbd>
        </button>
        <PresenterButton className="button live-console__mode" />
        <div className="live-console__danger">{danger}</div>
      </header>

      {notices}
      {goButton}

      <div className="live-console__row">
        <button type="button" className="button" data-testid="live-back" onClick={() => send({ type: 'back' })}>
          {t('live.back')}
        </button>
        <button type="button" className="button" data-testid="live-skip" onClick={() => send({ type: 'skip' })}>
          {t('live.skip')}
        </button>
        {error}
        {/* Beside Back and Skip rather than a row of its own: at 1366×768 every line of height is a cue less in view. */}
        <OnAirStatus status={obsStatus} />
      </div>

      <CounterBar counters={state.counters} cue={target.cue} product={target.product} />

      <div className="live-console__body" data-testid="live-console-body">
        <CueList state={state} actions={actions} />
        <div className="live-console__side" data-testid="live-side">
          <CueCards state={state} />
          <details className="live-console__panels" open>
            <summary data-testid="live-panels-toggle">{t('live.counters.panel')}</summary>
            <Gauges gauges={state.gauges} />
            <Counters counters={state.counters} cue={target.cue} product={target.product} />
          </details>
        </div>
      </div>
    </div>
  );
}
