import { networkProblem, refusal } from '../../../../shared/api/hub/hubClient';
import type { ResultsExportQuery } from '../../../../shared/api/hub/hubConsole';
import { hubEndpoints } from '../../../../shared/api/hub/hubEndpoints';
import { isUnauthenticated } from '../session/consoleSession';
import { fileNameFromContentDisposition } from './contentDisposition';
import { queryRecord } from './resultsQuery';

export interface ExportedFile {
  blob: Blob;
  fileName: string;
}

/** How long an export may take, the file's bytes included; a hub silent past it counts as unreachable. */
export const EXPORT_TIMEOUT_MS = 60_000;

export interface FetchResultsOptions {
  /** The sign-in expired or was dropped (a 401): back to the sign-in page, as for every other call. */
  onUnauthenticated(): void;
  timeoutMs?: number;
  /** Injected in tests. */
  fetch?: typeof fetch;
}

/**
 * Fetches the results file. The typed HubClient reads JSON answers only, so the raw bytes come through fetch here,
 * with the same credential, the same kind of time limit and the same errors as the client's (`HubRequestError`); the
 * file name is the one the hub chose (content-disposition), else one built from the range.
 */
export async function fetchResultsFile(
  baseUrl: string,
  token: string,
  query: ResultsExportQuery,
  { onUnauthenticated, timeoutMs = EXPORT_TIMEOUT_MS, fetch: doFetch = fetch }: FetchResultsOptions,
): Promise<ExportedFile> {
  const base = baseUrl.replace(/\/+$/, '');
  const { path } = hubEndpoints.resultsExport;
  const search = new URLSearchParams(Object.entries(queryRecord(query)).map(([k, v]) => [k, String(v)]));
  let response: Response;
  let blob: Blob;
  try {
    response = await doFetch(`${base}${path}?${search.toString()}`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) throw await refusal(path, response);
    blob = await response.blob();
  } catch (error) {
    const problem = networkProblem(base, error, timeoutMs);
    if (isUnauthenticated(problem)) onUnauthenticated();
    throw problem;
  }
  const fileName = fileNameFromContentDisposition(response.headers.get('content-disposition')) ?? fallbackFileName(query);
  return { blob, fileName };
}

/** `results-2026-11-08-2026-12-07.csv` when the hub named no file. */
export const fallbackFileName = (query: ResultsExportQuery): string => `results-${query.from}-${query.to}.${query.format}`;

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
