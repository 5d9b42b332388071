import type { i18n } from 'i18next';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { RuntimeState } from '../../../shared/domain/runtime';
import type { ApiClient } from '../api/client';
import { formatElapsed } from '../features/live/countdown';
import { onAirCue } from '../features/live/cueState';
import { createProductCache } from '../features/live/productCache';
import { isLive } from '../features/live/revision';
import { useLocaleSync } from '../i18n/useLocaleSync';
import type { LiveFeed } from '../secondScreen/liveFeedStore';
import { nowNext, onAirClock } from '../secondScreen/nowNext';
import { useConnectionStatus } from '../secondScreen/useConnectionStatus';
import { useServerNow } from '../secondScreen/useServerNow';
import { Prompter } from './Prompter';
import { changePrefs, keyAction, type PrefChange, type PrompterPrefs, readPrompterPrefs, savePrompterPrefs } from './prompterPrefs';

function usePrompterControls() {
  const [prefs, setPrefs] = useState<PrompterPrefs>(() => readPrompterPrefs(window.localStorage));
  const [paused, setPaused] = useState(false);
  const change = useCallback(
    (what: PrefChange) =>
      setPrefs((p) => {
        const next = changePrefs(p, what);
        savePrompterPrefs(window.localStorage, next);
        return next;
      }),
    [],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const action = keyAction(e.key);
      if (action === null) return;
      e.preventDefault();
      if (action === 'pause') setPaused((p) => !p);
      else change(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [change]);
  return { prefs, paused, setPaused, change };
}

/** The presenter screen: now and next, the countdown, the session clock, the talking points as a prompter. Read only. */
export function PresenterScreen({
  client,
  feed,
  i18n,
  onRefused,
}: {
  client: ApiClient;
  feed: LiveFeed;
  i18n: i18n;
  /** A paired device's token refused: stopped on the PC (the pairing screens take over). */
  onRefused: (() => void) | null;
}) {
  const { t } = useTranslation();
  const status = useConnectionStatus(client);
  useEffect(() => {
    if (status.state === 'unauthorized') onRefused?.();
  }, [status.state, onRefused]);
  const view = useStore(feed.store, (s) => s.view);
  useLocaleSync(
    i18n,
    useStore(feed.store, (s) => s.settings?.language),
  );
  const serverNow = useServerNow(feed.store, true);
  const controls = usePrompterControls();

  if (status.state === 'unauthorized') {
    return (
      <main className="presenter presenter--message">
        <p className="presenter-refused" role="alert" data-testid="presenter-refused">
          {t('presenter.refused')}
        </p>
      </main>
    );
  }
  return (
    <main className="presenter" data-testid="presenter">
      <header className="presenter-top">
        <strong className="presenter-top__show">{isLive(view) ? view.state.showName : t('presenter.title')}</strong>
        <span className="presenter-top__clock" data-testid="presenter-session-clock">
          {isLive(view) && (
            <>
              <span className="presenter-label">{t('presenter.session')}</span> {formatElapsed(serverNow - view.state.startedAt)}
            </>
          )}
        </span>
        <span className="presenter-top__wall" data-testid="presenter-wall-clock">
          {new Date(serverNow).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' })}
        </span>
        <span
          className={`presenter-connection presenter-connection--${status.state}`}
          data-testid="presenter-connection"
          data-state={status.state}
        >
          {t(`presenter.connection.${status.state}`)}
        </span>
      </header>
      {isLive(view) ? (
        <LiveShow state={view.state} serverNow={serverNow} client={client} controls={controls} />
      ) : (
        <p className="presenter-empty" data-testid="presenter-no-session">
          {view ? t('presenter.showEnded') : t('presenter.noSession')}
        </p>
      )}
    </main>
  );
}

function LiveShow({
  state,
  serverNow,
  client,
  controls,
}: {
  state: RuntimeState;
  serverNow: number;
  client: ApiClient;
  controls: ReturnType<typeof usePrompterControls>;
}) {
  const { t } = useTranslation();
  const { now, next } = nowNext(state);
  const clock = now ? onAirClock(now.run, serverNow) : null;
  const [restart, setRestart] = useState(0);

  // The product whose points scroll: the one on air, else the next one coming (dimmed as "coming up").
  const onAir = onAirCue(state);
  const upcoming = onAir?.productId ? null : next?.productId ? next : null;
  const productId = onAir?.productId ?? upcoming?.productId ?? null;
  const products = useMemo(() => createProductCache(client), [client]);
  const entry = useStore(products, (s) => (productId ? s.byId[productId] : undefined));
  useEffect(() => {
    if (productId) void products.getState().load(productId);
  }, [productId, products]);
  useEffect(() => client.onReconnect(() => products.getState().clear()), [client, products]);

  const card = entry?.status === 'ready' ? entry.card : null;
  const title =
    productId === null
      ? null
      : upcoming
        ? t('presenter.points.upcoming', { title: upcoming.title })
        : (card?.title ?? onAir?.title ?? null);
  const placeholder =
    productId === null
      ? t('presenter.points.noProduct')
      : entry === undefined || entry.status === 'loading'
        ? t('presenter.points.loading')
        : entry.status === 'failed'
          ? entry.message
          : entry.card.talkingPoints.length === 0
            ? t('presenter.points.none')
            : null;

  return (
    <>
      <section className="presenter-cues">
        <div className="presenter-cues__now">
          <span className="presenter-label">{t('presenter.now')}</span>
          <p className="presenter-cues__title" data-testid="presenter-now">
            {now ? now.cue.title : t('presenter.nothing')}
          </p>
          <p className="presenter-cues__next">
            <span className="presenter-label">{t('presenter.next')}</span>{' '}
            <span data-testid="presenter-next">{next ? next.title : t('presenter.nothing')}</span>
          </p>
        </div>
        {clock && (
          <div
            className={`presenter-countdown presenter-countdown--${clock.tone}`}
            data-testid="presenter-countdown"
            data-tone={clock.tone}
          >
            <span className="presenter-countdown__time">{clock.text}</span>
            <span className="presenter-label">{t(`presenter.clock.${clock.mode}`)}</span>
          </div>
        )}
      </section>
      <Prompter
        textKey={`${productId ?? ''}:${upcoming ? 'upcoming' : 'on-air'}`}
        title={title}
        lines={card?.talkingPoints ?? []}
        placeholder={placeholder}
        prefs={controls.prefs}
        paused={controls.paused}
        restart={restart}
      />
      <PrompterControls {...controls} onRestart={() => setRestart((n) => n + 1)} />
    </>
  );
}

function PrompterControls({ prefs, paused, setPaused, change, onRestart }: ReturnType<typeof usePrompterControls> & { onRestart(): void }) {
  const { t } = useTranslation();
  return (
    <div className="presenter-controls" role="toolbar" aria-label={t('presenter.controls.label')}>
      <button type="button" className="button" data-testid="prompter-pause" aria-pressed={paused} onClick={() => setPaused((p) => !p)}>
        {paused ? t('presenter.controls.resume') : t('presenter.controls.pause')}
      </button>
      <button type="button" className="button button--quiet" data-testid="prompter-top" onClick={onRestart}>
        {t('presenter.controls.top')}
      </button>
      <Stepper
        less={{ change: 'slower', label: t('presenter.controls.slower'), text: '−' }}
        more={{ change: 'faster', label: t('presenter.controls.faster'), text: '+' }}
        value={t('presenter.controls.speed', { speed: prefs.speed })}
        testId="prompter-speed"
        onChange={change}
      />
      <Stepper
        less={{ change: 'smaller', label: t('presenter.controls.smaller'), text: 'A−' }}
        more={{ change: 'larger', label: t('presenter.controls.larger'), text: 'A+' }}
        value={t('presenter.controls.size', { size: prefs.fontPx })}
        testId="prompter-size"
        onChange={change}
      />
      <button type="button" className="button" data-testid="prompter-mirror" aria-pressed={prefs.mirror} onClick={() => change('mirror')}>
        {t('presenter.controls.mirror')}
      </button>
      <span className="presenter-controls__keys muted">{t('presenter.controls.keys')}</span>
    </div>
  );
}

interface Step {
  change: PrefChange;
  label: string;
  text: string;
}

/** − value +: one of the prompter's settings, a step at a time. */
function Stepper({
  less,
  more,
  value,
  testId,
  onChange,
}: {
  less: Step;
  more: Step;
  value: string;
  testId: string;
  onChange(c: PrefChange): void;
}) {
  const button = (step: Step) => (
    <button
      type="button"
      className="button"
      aria-label={step.label}
      data-testid={`prompter-${step.change}`}
      onClick={() => onChange(step.change)}
    >
      {step.text}
    </button>
  );
  return (
    <span className="presenter-controls__group">
      {button(less)}
      <span className="presenter-controls__value" data-testid={testId}>
        {value}
      </span>
      {button(more)}
    </span>
  );
}
