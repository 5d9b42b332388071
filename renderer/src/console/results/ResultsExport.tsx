import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultsExportQuery, ResultsQuery } from '../../../../shared/api/hub/hubConsole';
import { ExportPanel } from '../../features/reports/ExportPanel';
import type { ExportOutcome } from '../../state/reports/reportsStore';
import { fetchResultsFile, saveFile } from './resultsExport';
import { buildExportQuery } from './resultsQuery';

type Format = ResultsExportQuery['format'];

const FORMATS: readonly Format[] = ['csv', 'xlsx'];

/** 导出 CSV / 导出 Excel of the results on screen (the query last sent, not the filters being edited). */
export function ResultsExport({
  baseUrl,
  token,
  query,
  onExpired,
}: {
  baseUrl: string;
  token: string;
  query: ResultsQuery;
  /** A 401: back to the sign-in page, as for every other call. */
  onExpired(): void;
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<Format | null>(null);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);

  const run = async (format: Format) => {
    setBusy(format);
    setOutcome(null);
    try {
      const file = await fetchResultsFile(baseUrl, token, buildExportQuery(query, format, i18n.language), {
        onUnauthenticated: onExpired,
      });
      saveFile(file);
      setOutcome({ tone: 'ok', fileName: file.fileName });
    } catch (error) {
      setOutcome({ tone: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <ExportPanel
      className="results-export"
      formats={FORMATS}
      busy={busy}
      disabled={false}
      label={(format) => t(`consoleResults.export.${format}`)}
      busyText={t('consoleResults.export.busy')}
      outcome={outcome}
      outcomeText={(o) =>
        o.tone === 'ok'
          ? t('consoleResults.export.done', { fileName: o.fileName })
          : t('consoleResults.export.failed', { message: o.message })
      }
      onExport={(format) => void run(format)}
      testIdPrefix="results-export"
    />
  );
}
