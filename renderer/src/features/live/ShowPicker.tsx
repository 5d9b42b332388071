import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnection } from '../../state/AppStateContext';
import { ConfirmButton } from '../../ui/ConfirmButton';
import type { GuideTarget } from '../../ui/guideTarget';
import { OutputChoices } from './OutputChoices';
import { PreflightPanel } from './PreflightPanel';
import { startHint } from './preflightView';
import { useLive, useLiveStore } from './useLiveStore';
import { useProblemText } from './useProblemText';

/** Before going live: pick the show, read its checks, choose the OBS outputs, go. */
export function ShowPicker({ onOpen }: { onOpen(target: GuideTarget): void }) {
  const { t } = useTranslation();
  const store = useLiveStore();
  const shows = useLive((s) => s.shows);
  const loading = useLive((s) => s.showsLoading);
  const showsError = useLive((s) => s.showsError);
  const selected = useLive((s) => s.selectedShowId);
  const starting = useLive((s) => s.starting);
  const startError = useLive((s) => s.startError);
  const preflight = useLive((s) => s.preflight);
  const preflightCues = useLive((s) => s.preflightCues);
  const preflightLoading = useLive((s) => s.preflightLoading);
  const preflightError = useLive((s) => s.preflightError);
  const outputs = useLive((s) => s.outputs);
  const connected = useConnection((s) => s.status.state === 'connected');
  const problemText = useProblemText();

  useEffect(() => {
    void store.getState().loadShows();
  }, [store]);

  const disabled = !connected || starting || selected === null;
  // Unknown (still checking, or the check itself failed) counts as not ready: going live then takes a confirm.
  const ready = preflight?.showId === selected && preflight.ready;
  const start = () => void store.getState().start();
  const hint = startHint({ connected, showCount: shows.length, selectedShowId: selected, preflight, checking: preflightLoading });
  const hintReason = hint.blocked ?? hint.caution;

  return (
    <div className="live-picker card">
      <h2 id="live-picker-title" className="live-picker__title">
        {t('live.picker.label')}
      </h2>
      {showsError && <p role="alert">{t('live.picker.failed', { message: showsError })}</p>}
      {shows.length === 0 ? (
        loading ? (
          <p className="muted">{t('live.picker.loading')}</p>
        ) : (
          <div className="live-picker__empty" data-testid="live-no-shows">
            <p className="muted">{t('firstShow.picker.none')}</p>
            <button type="button" className="button" data-testid="live-create-show" onClick={() => onOpen({ area: 'shows' })}>
              {t('firstShow.picker.createShow')}
            </button>
          </div>
        )
      ) : (
        <div className="live-picker__field">
          <select
            className="live-picker__select"
            data-testid="live-show-select"
            aria-labelledby="live-picker-title"
            value={selected ?? ''}
            onChange={(e) => store.getState().selectShow(e.target.value || null)}
          >
            {shows.map((show) => (
              <option key={show.id} value={show.id}>
                {show.name} · {t('live.picker.cues', { count: show.cueCount })}
                {show.origin ? ` · ${t('headOffice.origin.badge')}` : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      {selected !== null && (
        <>
          <PreflightPanel
            preflight={preflight}
            cues={preflightCues}
            loading={preflightLoading}
            error={preflightError}
            onRecheck={() => void store.getState().checkShow()}
          />
          <OutputChoices preflight={preflight} chosen={outputs} onChoose={(kind, on) => store.getState().chooseOutput(kind, on)} />
        </>
      )}
      <div className="live-picker__start" data-testid="live-start-row">
        {ready || selected === null ? (
          <button
            type="button"
            className="button button--primary"
            data-testid="live-start"
            disabled={disabled}
            aria-describedby={hintReason ? 'live-start-hint' : undefined}
            onClick={start}
          >
            {starting ? t('live.picker.starting') : t('live.picker.start')}
          </button>
        ) : (
          <ConfirmButton
            label={starting ? t('live.picker.starting') : t('live.picker.startAnyway')}
            question={t('live.picker.anywayQuestion')}
            yes={t('live.picker.anywayYes')}
            no={t('live.picker.anywayNo')}
            testId="live-start"
            className="button live-picker__anyway"
            disabled={disabled || preflightLoading}
            onConfirm={start}
          />
        )}
        {hintReason && (
          <p
            className={`live-picker__hint${hint.caution && hint.caution !== 'checking' ? ' live-picker__hint--warn' : ''}`}
            id="live-start-hint"
            data-testid="live-start-hint"
            data-reason={hintReason}
          >
            {t(`firstShow.start.${hintReason}`)}
          </p>
        )}
      </div>
      {startError && (
        <p className="live-error" role="alert" data-testid="live-error" data-reason={startError.reason ?? ''}>
          {problemText(startError)}
        </p>
      )}
    </div>
  );
}
