import { useTranslation } from 'react-i18next';
import type { Cue } from '../../../../shared/domain/catalog/show';
import type { PreflightCheck, PreflightIssue, PreflightStatus, SessionPreflight } from '../../../../shared/domain/session/sessionPreflight';
import { checkTextKey, formatGiB, knownIssueCode } from './preflightView';

const ICONS: Record<PreflightStatus, string> = { ok: '✓', warning: '!', failed: '✕', skipped: '–' };

interface PreflightPanelProps {
  preflight: SessionPreflight | null;
  cues: readonly Cue[];
  loading: boolean;
  error: string | null;
  onRecheck(): void;
}

/** The checks before going live, each with its status and what to do about it. */
export function PreflightPanel({ preflight, cues, loading, error, onRecheck }: PreflightPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="live-preflight" aria-labelledby="live-preflight-title" data-testid="live-preflight" aria-busy={loading}>
      <header className="live-preflight__head">
        <h3 id="live-preflight-title">{t('live.preflight.title')}</h3>
        <button type="button" className="button button--quiet" data-testid="live-recheck" disabled={loading} onClick={onRecheck}>
          {loading ? t('live.preflight.checking') : t('live.preflight.recheck')}
        </button>
      </header>
      {error && <p role="alert">{t('live.preflight.failedToCheck', { message: error })}</p>}
      {preflight === null ? (
        !error && <p className="muted">{t('live.preflight.checking')}</p>
      ) : (
        <ul className="live-checks">
          {preflight.checks.map((check) => (
            <CheckRow key={check.id} check={check} cues={cues} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CheckRow({ check, cues }: { check: PreflightCheck; cues: readonly Cue[] }) {
  const { t } = useTranslation();
  const key = checkTextKey(check);
  const free = check.freeBytes === undefined ? null : t('live.preflight.free', { gib: formatGiB(check.freeBytes) });
  return (
    <li
      className={`live-check live-check--${check.status}`}
      data-testid="live-check"
      data-check={check.id}
      data-status={check.status}
      title={free ?? undefined}
    >
      <span className="live-check__icon" role="img" aria-label={t(`live.preflight.status.${check.status}`)}>
        {ICONS[check.status]}
      </span>
      <span className="live-check__name">{t(`live.preflight.checks.${check.id}`)}</span>
      <span className="live-check__text">
        {key ? t(key) : check.message}
        {/* Enough space needs no number on a crowded screen; it stays in the tooltip. */}
        {free !== null && check.status !== 'ok' && ` · ${free}`}
      </span>
      {check.issues.length > 0 && (
        <ul className="live-check__issues">
          {check.issues.map((issue, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: issues have no id and never reorder within one answer
            <li key={i} data-testid="live-check-issue" data-code={issue.code}>
              <IssueText issue={issue} cues={cues} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function IssueText({ issue, cues }: { issue: PreflightIssue; cues: readonly Cue[] }) {
  const { t } = useTranslation();
  const code = knownIssueCode(issue.code);
  const what = code ? t(`live.preflight.issues.${code}`, { subject: issue.subject ?? '' }) : issue.message;
  const cue = issue.cueId === null ? undefined : cues.find((c) => c.id === issue.cueId);
  return <>{cue ? t('live.preflight.inCue', { cue: cue.title, what }) : what}</>;
}
