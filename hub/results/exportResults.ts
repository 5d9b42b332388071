import type { ResultsExportQuery } from '../../shared/api/hub/hubConsole';
import type { HubQueryable } from '../db/hubDb';
import type { ProducerCaller } from '../http/hubAuth';
import type { RawBody } from '../http/registerEndpoints';
import { queryResults } from './queryResults';
import { resultsCsv, resultsXlsx } from './resultsFiles';
import { resultsLabels } from './resultsLabels';
import { resultsSections } from './resultsSections';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The results as a download: CSV or XLSX, headers in the reader's language, named after the range. */
export async function exportResults(db: HubQueryable, caller: ProducerCaller, query: ResultsExportQuery): Promise<RawBody> {
  const { format, language, ...range } = query;
  const sections = resultsSections(await queryResults(db, caller, range), language);
  const fileName = `${resultsLabels(language).fileStem}_${query.from}_${query.to}.${format}`;
  return format === 'csv'
    ? { bytes: resultsCsv(sections), mime: 'text/csv; charset=utf-8', fileName }
    : { bytes: await resultsXlsx(sections), mime: XLSX_MIME, fileName };
}
