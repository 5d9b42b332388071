import type { ResultsExportQuery } from '../../../../shared/api/hub/hubConsole';
import { hubEndpoints } from '../../../../shared/api/hub/hubEndpoints';
import { HubError } from '../../../../shared/api/hub/hubErrors';
import { fileNameFromContentDisposition } from './contentDisposition';
import { queryRecord } from './resultsQuery';

export interface ExportedFile {
  blob: Blob;
  fileName: string;
}

/** Thrown with the hub's own message (or what went wrong reaching it), for the page to show as is. */
export class ExportError extends Error {
  override name = 'ExportError';
}

/**
 * Fetches the results file. The typed HubClient reads JSON answers only, so the raw bytes come through fetch here,
 * with the same credential; the file name is the one the hub chose (content-disposition), else one built from the range.
 */
export async function fetchResultsFile(
  baseUrl: string,
  token: string,
  query: ResultsExportQuery,
  doFetch: typeof fetch = fetch,
): Promise<ExportedFile> {
  const search = new URLSearchParams(Object.entries(queryRecord(query)).map(([k, v]) => [k, String(v)]));
  const url = `${baseUrl.replace(/\/+$/, '')}${hubEndpoints.resultsExport.path}?${search.toString()}`;
  let response: Response;
  try {
    response = await doFetch(url, { headers: { authorization: `Bearer ${token}` } });
  } catch (error) {
    throw new ExportError(`${baseUrl}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw new ExportError(await refusalMessage(response));
  const blob = await response.blob();
  const fileName = fileNameFromContentDisposition(response.headers.get('content-disposition')) ?? fallbackFileName(query);
  return { blob, fileName };
}

/** `results-2026-11-08-2026-12-07.csv` when the hub named no file. */
export const fallbackFileName = (query: ResultsExportQuery): string => `results-${query.from}-${query.to}.${query.format}`;

async function refusalMessage(response: Response): Promise<string> {
  try {
    const parsed = HubError.safeParse(await response.json());
    if (parsed.success) return parsed.data.error.message;
  } catch {
    // Not the hub's own error shape: say the status.
  }
  return `HTTP ${response.status}`;
}

/** Hands a file to the browser's download (the name is already stripped of any path). */
export function saveFile({ blob, fileName }: ExportedFile, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; give the browser a moment before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
