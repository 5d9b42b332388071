import { useTranslation } from 'react-i18next';
import type { OutputStartResult } from '../../../../shared/domain/session/sessionPreflight';
import type { IncidentView } from './outputView';
import { formatClockTime } from './timelineView';

interface BannerItem {
  key: string;
  text: string;
  data: Record<string, string>;
}

/** A warning banner listing what happened, until the operator dismisses it; `name` picks its words. */
function ListBanner(props: { name: 'outputFailures' | 'outputIncidents'; testId: string; items: BannerItem[]; onDismiss(): void }) {
  const { t } = useTranslation();
  if (props.items.length === 0) return null;
  return (
    <div className="live-banner live-banner--warn" role="alert" data-testid={props.testId}>
      <div>
        <strong>{t(`live.${props.name}.title`)}</strong>
        <ul>
          {props.items.map((item) => (
            <li key={item.key} {...item.data}>
              {item.text}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button--quiet" data-testid={`${props.testId}-dismiss`} onClick={props.onDismiss}>
        {t(`live.${props.name}.dismiss`)}
      </button>
    </div>
  );
}

/** OBS outputs chosen when going live that did not start: the show runs, but the operator must know why. */
export function OutputFailures({ failures, onDismiss }: { failures: OutputStartResult[]; onDismiss(): void }) {
  const { t } = useTranslation();
  const items = failures.map((f) => ({
    key: f.output,
    data: { 'data-output': f.output, 'data-problem': f.problem ?? '' },
    text: t('live.outputFailures.item', {
      output: t(`live.outputs.names.${f.output}`),
      // The reason in the operator's language; an older backend's English sentence otherwise.
      message: f.problem ? t(`live.outputProblems.${f.problem}`, { subject: f.subject ?? '' }) : (f.message ?? ''),
    }),
  }));
  return <ListBanner name="outputFailures" testId="live-output-failures" items={items} onDismiss={onDismiss} />;
}

/** A stream or recording that stopped or lost its server mid-session without LiveCue: shown until dismissed. */
export function OutputIncidents({ incidents, onDismiss }: { incidents: IncidentView[]; onDismiss(): void }) {
  const { t } = useTranslation();
  const items = incidents.map((i) => ({
    key: i.key,
    data: { 'data-output': i.output, 'data-kind': i.kind },
    text: t(`live.outputIncidents.${i.kind === 'reconnecting' && i.state === 'on' ? 'reconnected' : i.kind}`, {
      output: t(`live.outputs.names.${i.output}`),
      time: formatClockTime(i.at),
    }),
  }));
  return <ListBanner name="outputIncidents" testId="live-output-incidents" items={items} onDismiss={onDismiss} />;
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
