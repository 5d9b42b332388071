import { useTranslation } from 'react-i18next';

/**
 * A figure's text, or, when the figure is absent, "— not entered" (`compact`: a bare "—" whose
 * tooltip and accessible name say it), so an absent figure never reads as 0.
 */
export function Value({ text, testId, compact = false }: { text: string | null; testId?: string; compact?: boolean }) {
  const { t } = useTranslation();
  if (text === null) {
    const label = t('reports.absent');
    return compact ? (
      <span className="reports-absent" data-testid={testId} data-absent="true" title={label}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{label}</span>
      </span>
    ) : (
      <span className="reports-absent" data-testid={testId} data-absent="true">
        <span aria-hidden="true">— </span>
        {label}
      </span>
    );
  }
  return (
    <span data-testid={testId} data-absent="false">
      {text}
    </span>
  );
}
