import { useTranslation } from 'react-i18next';
import { useConnection } from '../../state/AppStateContext';
import type { ExportFormat } from '../../state/reports/reportsStore';
import { useReports, useReportsStore } from '../../state/reports/useReportsStore';
import { ExportPanel } from './ExportPanel';

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
    <ExportPanel
      formats={FORMATS}
      busy={exporting}
      disabled={!connected}
      label={(format) => t(`reports.export.${format}`)}
      busyText={t('reports.export.busy')}
      outcome={outcome}
      outcomeText={(o) =>
        o.tone === 'ok' ? t('reports.export.done', { fileName: o.fileName }) : t('reports.export.failed', { message: o.message })
      }
      onExport={(format) => void store.getState().exportReport(format, language)}
      testIdPrefix="reports-export"
    />
  );
}
