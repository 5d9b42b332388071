import { useTranslation } from 'react-i18next';
import type { OutputStartResult } from '../../../../shared/domain/session/sessionPreflight';
import { formatClockTime } from './timelineView';

/** OBS outputs chosen when going live that did not start: the show runs, but the operator must know. */
export function OutputFailures({ failures, onDismiss }: { failures: OutputStartResult[]; onDismiss(): void }) {
  const { t } = useTranslation();
  if (failures.length === 0) return null;
  return (
    <div className="live-banner live-banner--warn" role="alert" data-testid="live-output-failures">
      <div>
        <strong>{t('live.outputFailures.title')}</strong>
        <ul>
          {failures.map((f) => (
            <li key={f.output} data-output={f.output}>
              {t('live.outputFailures.item', { output: t(`live.outputs.names.${f.output}`), message: f.message ?? '' })}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button--quiet" data-testid="live-output-failures-dismiss" onClick={onDismiss}>
        {t('live.outputFailures.dismiss')}
      </button>
    </div>
  );
}

/** After PANIC: the safe scene is on air until the next cue starts. */
export function PanicNotice({ at }: { at: number | null }) {
  const { t } = useTranslation();
  if (at === null) return null;
  return (
    <div className="live-banner live-banner--danger" role="status" data-testid="live-panic-state">
      <strong>{t('live.panicState.title', { time: formatClockTime(at) })}</strong>
      <span>{t('live.panicState.detail')}</span>
    </div>
  );
}
