import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePackages } from '../../features/shows/useShowsStores';
import { useConnection, useObs, useSettings } from '../../state/AppStateContext';
import { useImport } from '../../state/products/productsStores';
import type { GuideTarget } from '../../ui/guideTarget';
import type { FirstShowStep, FirstShowStepId } from './firstShowSteps';
import { useFirstShow, useFirstShowSteps, useFirstShowStore } from './useFirstShow';
import './firstShow.css';

interface ChecklistProps {
  onOpen(target: GuideTarget): void;
  /** Brings a part of the Live screen into view (the checks, the Go live button). */
  onReveal(part: 'preflight' | 'start'): void;
}

/** Until the first session: the way from first launch to going live, each step a button to where it is done. */
export function FirstShowChecklist({ onOpen, onReveal }: ChecklistProps) {
  const { t } = useTranslation();
  const steps = useFirstShowSteps();
  const sessionCount = useFirstShow((s) => s.sessionCount);
  const store = useFirstShowStore();
  const done = steps.filter((s) => s.done).length;
  // Products or shows may have come in from another window or area since the last count.
  useEffect(() => void store.getState().load(), [store]);

  return (
    <section className="first-show card" aria-labelledby="first-show-title" data-testid="first-show">
      <header className="first-show__head">
        <h2 id="first-show-title">{t('firstShow.checklist.title')}</h2>
        <span className="first-show__progress" data-testid="first-show-progress" data-done={done}>
          {t('firstShow.checklist.progress', { done, total: steps.length })}
        </span>
      </header>
      <p className="muted first-show__intro">{t('firstShow.checklist.intro')}</p>
      <ol className="first-show__steps">
        {steps.map((step, i) => (
          <StepRow key={step.id} step={step} n={i + 1}>
            <StepActions id={step.id} current={step.current} onOpen={onOpen} onReveal={onReveal} />
          </StepRow>
        ))}
      </ol>
      {/* After the first session the guide was reopened by hand: it can be put away again. */}
      {sessionCount !== null && sessionCount > 0 && (
        <button
          type="button"
          className="button button--quiet"
          data-testid="first-show-hide"
          onClick={() => store.getState().setReopened(false)}
        >
          {t('firstShow.checklist.hide')}
        </button>
      )}
    </section>
  );
}

function StepRow({ step, n, children }: { step: FirstShowStep; n: number; children: ReactNode }) {
  const { t } = useTranslation();
  const state = step.done ? 'done' : step.current ? 'current' : 'todo';
  return (
    <li className={`first-step first-step--${state}`} data-testid="first-show-step" data-step={step.id} data-state={state}>
      <span
        className="first-step__mark"
        role="img"
        aria-label={`${t('firstShow.checklist.stepLabel', { n })}${t('punctuation.colon')}${t(`firstShow.checklist.state.${state}`)}`}
      >
        {step.done ? '✓' : n}
      </span>
      <div className="first-step__body">
        <h3 className="first-step__title">{t(`firstShow.checklist.steps.${step.id}.title`)}</h3>
        <p className="first-step__text" data-testid="first-show-step-text">
          <StepText step={step} />
        </p>
      </div>
      {children}
    </li>
  );
}

function StepText({ step }: { step: FirstShowStep }) {
  const { t } = useTranslation();
  const showScene = useSettings((s) => s.settings?.obsShowScene ?? '');
  const productCount = useFirstShow((s) => s.productCount ?? 0);
  const obs = useObs((s) => s.status?.state);
  // OBS set up but not connected (wrong password, closed, connecting…): say what OBS is doing, not how to begin.
  if (step.id === 'obs' && !step.done && obs && obs !== 'not_configured') return <>{t(`obs.sentence.${obs}`)}</>;
  if (step.note === 'needsObs') return <>{t('firstShow.checklist.steps.graphics.needsObs')}</>;
  if (step.note === 'missing') return <>{t('firstShow.checklist.steps.graphics.missing')}</>;
  if (step.note === 'empty') return <>{t('firstShow.checklist.steps.show.empty')}</>;
  if (!step.done) return <>{t(`firstShow.checklist.steps.${step.id}.todo`)}</>;
  if (step.id === 'graphics') return <>{t('firstShow.checklist.steps.graphics.done', { scene: showScene })}</>;
  if (step.id === 'products') return <>{t('firstShow.checklist.steps.products.done', { count: productCount })}</>;
  return <>{t(`firstShow.checklist.steps.${step.id}.done`)}</>;
}

interface ActionsProps extends ChecklistProps {
  id: FirstShowStepId;
  current: boolean;
}

/**
 * The buttons of a step. The current step has every way of doing it, prominent; the others keep their main button,
 * small (to redo a step or go ahead), so the whole list fits beside the show picker on a 1366×768 screen.
 */
function StepActions({ id, current, onOpen, onReveal }: ActionsProps) {
  const { t } = useTranslation();
  const connected = useConnection((s) => s.status.state === 'connected');
  const openProductImport = useImport((s) => s.openWizard);
  const openPackageImport = usePackages((s) => s.openImport);
  const kind = current ? 'button button--primary' : 'button button--quiet';
  const other = current ? 'button' : 'button button--quiet';
  // Off the current step a button only says "open": the step's title beside it says what.
  const step = (key: string, label: string, onClick: () => void, className = kind) => (
    <button
      key={key}
      type="button"
      className={className}
      data-testid={`first-show-${key}`}
      disabled={!connected}
      aria-label={current ? undefined : label}
      title={current ? undefined : label}
      onClick={onClick}
    >
      {current ? label : t('firstShow.checklist.open')}
    </button>
  );
  const buttons = {
    obs: [step('obs', t('firstShow.checklist.steps.obs.action'), () => onOpen({ area: 'settings', section: 'obs' }))],
    graphics: [step('graphics', t('firstShow.checklist.steps.graphics.action'), () => onOpen({ area: 'settings', section: 'graphics' }))],
    products: [
      step('products-import', t('firstShow.checklist.steps.products.import'), () => {
        openProductImport();
        onOpen({ area: 'products' });
      }),
      step('products-add', t('firstShow.checklist.steps.products.add'), () => onOpen({ area: 'products' }), other),
    ],
    show: [
      step('show-create', t('firstShow.checklist.steps.show.create'), () => onOpen({ area: 'shows' })),
      step(
        'show-import',
        t('firstShow.checklist.steps.show.importPackage'),
        () => {
          openPackageImport();
          onOpen({ area: 'shows' });
        },
        other,
      ),
      step(
        'show-head-office',
        t('firstShow.checklist.steps.show.headOffice'),
        () => onOpen({ area: 'settings', section: 'headOffice' }),
        other,
      ),
    ],
    preflight: [step('preflight', t('firstShow.checklist.steps.preflight.action'), () => onReveal('preflight'))],
    goLive: [step('go-live', t('firstShow.checklist.steps.goLive.action'), () => onReveal('start'))],
  } satisfies Record<FirstShowStepId, ReactNode[]>;
  return <div className="first-step__actions">{current ? buttons[id] : buttons[id].slice(0, 1)}</div>;
}
