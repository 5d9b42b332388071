import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type PlatformIssue, platformIssueSeverity } from '../../../../../shared/domain/platform/platformImport';

/** The preview's problems by row: errors (the row is left out) and notes (it is imported), each naming row and column. */
export function PlatformIssueList({ issues, total }: { issues: readonly PlatformIssue[]; total: number }) {
  const { t } = useTranslation();
  const titleId = useId();
  // Errors first (their rows are left out), then notes; each in row order as the backend sorted them.
  const ordered = [...issues].sort((a, b) => rank(a) - rank(b));
  return (
    <section className="pimport__issues" aria-labelledby={titleId} data-testid="platform-import-issues">
      <h3 id={titleId}>{t('platformImport.issues.title', { count: total })}</h3>
      {issues.length === 0 ? (
        <p className="muted">{t('platformImport.issues.none')}</p>
      ) : (
        // Focusable so a keyboard user can scroll a long list.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        <ul className="pimport__issue-list" tabIndex={0} aria-labelledby={titleId}>
          {ordered.map((issue) => {
            const severity = platformIssueSeverity(issue.code);
            return (
              <li
                key={`${issue.row}-${issue.code}-${issue.columnIndex ?? ''}`}
                className={`pimport__issue pimport__issue--${severity}`}
                data-testid="platform-import-issue"
                data-row={issue.row}
                data-code={issue.code}
                title={issue.message}
              >
                <span className="pimport__issue-row">{t('platformImport.issues.row', { row: issue.row })}</span>
                <span className={`pimport__badge pimport__badge--${severity}`}>{t(`platformImport.issues.${severity}`)}</span>
                <span>
                  {t(`platformImport.codes.${issue.code}`, {
                    column: issue.column ?? '',
                    value: issue.value ?? '',
                    related: issue.relatedRows?.join('、') ?? '',
                  })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {total > issues.length && <p className="muted">{t('platformImport.issues.more', { count: total - issues.length })}</p>}
    </section>
  );
}

function rank(issue: PlatformIssue): number {
  return platformIssueSeverity(issue.code) === 'error' ? 0 : 1;
}
