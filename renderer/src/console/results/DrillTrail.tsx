import { useTranslation } from 'react-i18next';

/** One step of the trail: a step with `onGo` can be gone back to; the last step is where the reader is. */
export interface TrailStep {
  key: string;
  label: string;
  onGo?: () => void;
}

/** 跨店业绩 › 南京西路店 › 场次: where the reader is, each earlier step a way back; Esc and 返回 go up one. */
export function DrillTrail({ steps, onBack }: { steps: readonly TrailStep[]; onBack(): void }) {
  const { t } = useTranslation();
  return (
    <div className="results-trail">
      <button
        type="button"
        className="button button--quiet"
        onClick={onBack}
        title={t('consoleResults.drill.backHint')}
        data-testid="results-back"
      >
        ← {t('consoleResults.drill.back')}
      </button>
      <nav aria-label={t('consoleResults.drill.trail')}>
        <ol className="results-trail__steps" data-testid="results-trail">
          {steps.map((step, index) => {
            const last = index === steps.length - 1;
            return (
              <li key={step.key} className="results-trail__step">
                {last || !step.onGo ? (
                  <span aria-current={last ? 'page' : undefined} data-testid={`results-trail-${step.key}`}>
                    {step.label}
                  </span>
                ) : (
                  <button type="button" className="results-link" onClick={step.onGo} data-testid={`results-trail-${step.key}`}>
                    {step.label}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
    </div>
  );
}
