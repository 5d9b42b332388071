import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultsExportQuery, ResultsQuery } from '../../../../shared/api/hub/hubConsole';
import { fetchResultsFile, saveFile } from './resultsExport';
import { buildExportQuery } from './resultsQuery';

type Format = ResultsExportQuery['format'];
type Outcome = { tone: 'ok'; fileName: string } | { tone: 'error'; message: string } | null;

const FORMATS: readonly Format[] = ['csv', 'xlsx'];

/** 导出 CSV / 导出 Excel of the results on screen (the query last sent, not the filters being edited). */
export function ResultsExport({ baseUrl, token, query }: { baseUrl: string; token: string; query: ResultsQuery }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<Format | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const run = async (format: Format) => {
    setBusy(format);
    setOutcome(null);
    try {
      const file = await fetchResultsFile(baseUrl, token, buildExportQuery(query, format, i18n.language));
      saveFile(file);
      setOutcome({ tone: 'ok', fileName: file.fileName });
    } catch (error) {
      setOutcome({ tone: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="results-export">
      <div className="results-export__buttons">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button"
            data-testid={`results-export-${format}`}
            disabled={busy !== null}
            aria-busy={busy === format}
            onClick={() => void run(format)}
          >
            {busy === format ? t('consoleResults.export.busy') : t(`consoleResults.export.${format}`)}
          </button>
        ))}
      </div>
      {outcome && (
        <p
          className={`results-export__message results-export__message--${outcome.tone}`}
          role={outcome.tone === 'error' ? 'alert' : 'status'}
          data-testid="results-export-message"
        >
          {outcome.tone === 'ok'
            ? t('consoleResults.export.done', { fileName: outcome.fileName })
            : t('consoleResults.export.failed', { message: outcome.message })}
        </p>
      )}
    </div>
  );
}
