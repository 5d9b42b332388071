import { useTranslation } from 'react-i18next';
import { useConnection } from '../../state/AppStateContext';
import type { ExportFormat } from '../../state/reports/reportsStore';
import { useReports, useReportsStore } from '../../state/reports/useReportsStore';

const FORMATS: ExportFormat[] = ['csv', 'json'];

/** CSV and JSON export of the selected review, with headers and definitions in the UI language. */
export function ExportButtons() {
  const { t, i18n } = useTranslation();
  const store = useReportsStore();
  const exporting = useReports((s) => s.exporting);
  const outcome = useReports((s) => s.exportOutcome);
  const connected = useConnection((s) => s.status.state === 'connected');
  const language = i18n.language.startsWith('zh') ? 'zh-CN' : 'en';

  return (
    <div className="reports-export">
      <div className="reports-export__buttons">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button"
            data-testid={`reports-export-${format}`}
            disabled={!connected || exporting !== null}
            aria-busy={exporting === format}
            onClick={() => void store.getState().exportReport(format, language)}
          >
            {exporting === format ? t('reports.export.busy') : t(`reports.export.${format}`)}
          </button>
        ))}
      </div>
      {outcome && (
        <p
          className={`reports-export__message reports-export__message--${outcome.tone}`}
          role={outcome.tone === 'error' ? 'alert' : 'status'}
          data-testid="reports-export-message"
        >
          {outcome.tone === 'ok'
            ? t('reports.export.done', { fileName: outcome.fileName })
            : t('reports.export.failed', { message: outcome.message })}
        </p>
      )}
    </div>
  );
}
