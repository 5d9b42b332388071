import type { ExportOutcome } from '../../state/reports/reportsStore';

interface Props<F extends string> {
  formats: readonly F[];
  /** The format being exported, whose button says so. */
  busy: F | null;
  disabled: boolean;
  label(format: F): string;
  busyText: string;
  outcome: ExportOutcome | null;
  outcomeText(outcome: ExportOutcome): string;
  onExport(format: F): void;
  /** `<prefix>-<format>` on each button, `<prefix>-message` on the outcome. */
  testIdPrefix: string;
  className?: string;
}

/** One button per export format and how the last export went (saved: a status; failed: an alert). Shared by the app's review and the head-office console. */
export function ExportPanel<F extends string>(props: Props<F>) {
  const { formats, busy, outcome, testIdPrefix } = props;
  return (
    <div className={props.className ? `reports-export ${props.className}` : 'reports-export'}>
      <div className="reports-export__buttons">
        {formats.map((format) => (
          <button
            key={format}
            type="button"
            className="button"
            data-testid={`${testIdPrefix}-${format}`}
            disabled={props.disabled || busy !== null}
            aria-busy={busy === format}
            onClick={() => props.onExport(format)}
          >
            {busy === format ? props.busyText : props.label(format)}
          </button>
        ))}
      </div>
      {outcome && (
        <p
          className={`reports-export__message reports-export__message--${outcome.tone}`}
          role={outcome.tone === 'error' ? 'alert' : 'status'}
          data-testid={`${testIdPrefix}-message`}
        >
          {props.outcomeText(outcome)}
        </p>
      )}
    </div>
  );
}
