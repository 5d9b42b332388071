import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultsExportQuery, ResultsQuery } from '../../../../shared/api/hub/hubConsole';
import { ExportPanel } from '../../features/reports/ExportPanel';
import { fetchResultsFile, saveFile } from './resultsExport';
import { resultsProblemText } from './resultsProblem';
import { buildExportQuery } from './resultsQuery';

type Format = ResultsExportQuery['format'];

const FORMATS: readonly Format[] = ['csv', 'xlsx'];

/** How the last export went; a failure keeps its error, said in the language on screen when shown. */
type Outcome = { tone: 'ok'; fileName: string } | { tone: 'error'; error: unknown };

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
  const [outcome, setOutcome] = useState<Outcome | null>(null);

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
      setOutcome({ tone: 'error', error });
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
      outcome={outcome?.tone === 'error' ? { tone: 'error', message: resultsProblemText(t, 'export.failed', outcome.error) } : outcome}
      outcomeText={(o) => (o.tone === 'ok' ? t('consoleResults.export.done', { fileName: o.fileName }) : o.message)}
      onExport={(format) => void run(format)}
      testIdPrefix="results-export"
    />
  );
}
