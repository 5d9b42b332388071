import { setImmediate as nextMacrotask } from 'node:timers/promises';
import { createReportAccumulator } from '../../../shared/domain/report/reportAccumulator';
import { reportToJson } from '../../../shared/domain/report/reportJson';
import type { ReportLanguage } from '../../../shared/domain/report/reportLabels';
import type { SessionReport } from '../../../shared/domain/report/sessionReport';
import type { BackendContext } from '../backendContext';
import { DomainError } from '../dispatch/domainError';
import { preparePageReader } from './eventPages';
import { type ProductName, reportToCsv } from './reportCsv';

export type ReportFormat = 'json' | 'csv';

export interface ReportExport {
  fileName: string;
  mimeType: string;
  /** CSV starts with a BOM; write it as UTF-8. */
  text: string;
}

export interface ReportServiceOptions {
  /** Rows per read. Each page is parsed and folded in one turn, then the event loop gets a turn: 1,000 rows take a few ms on a slow shop PC (5,000 held the loop over 50 ms on a cold start). */
  pageSize?: number;
}

/**
 * Post-live review from the event log. Reads a session's events in keyset pages (seq) and gives the
 * event loop a turn between pages, so a 100,000-event session never holds up live commands.
 * `obs.health` samples carry no session id: they are read by seq from the session's first event
 * and kept when their time falls inside the session window.
 */
export function createReportService(ctx: Pick<BackendContext, 'db' | 'clock'>, options: ReportServiceOptions = {}) {
  const pageSize = options.pageSize ?? 1000;
  const sessionPage = preparePageReader<[sessionId: string]>(ctx.db, 'FROM events WHERE session_id = ? AND seq > ? ORDER BY seq LIMIT ?');
  const healthPage = preparePageReader<[]>(ctx.db, "FROM events WHERE type = 'obs.health' AND seq > ? ORDER BY seq LIMIT ?");

  const productNames = ctx.db.prepare<[string], { id: string; sku: string; title: string }>(
    'SELECT id, sku, title FROM products WHERE id IN (SELECT value FROM json_each(?))',
  );
  /** SKUs and titles for the export, from the catalog as it is now (a deleted product has none). */
  function catalogNames(r: SessionReport): Map<string, ProductName> {
    const ids = [...new Set([...r.products.map((p) => p.productId), ...r.cues.flatMap((c) => (c.productId ? [c.productId] : []))])];
    return new Map(productNames.all(JSON.stringify(ids)).map((row) => [row.id, { sku: row.sku, title: row.title }]));
  }

  async function report(sessionId: string): Promise<SessionReport> {
    const acc = createReportAccumulator({ sessionId });
    let firstSeq: number | null = null;
    let after = 0;
    for (;;) {
      const rows = sessionPage(sessionId, after, pageSize);
      for (const [seq, type, payload] of rows) acc.addStored(seq, type, payload);
      firstSeq ??= rows[0]?.[0] ?? null;
      const last = rows.at(-1);
      if (!last || rows.length < pageSize) break;
      after = last[0];
      await nextMacrotask();
    }
    if (firstSeq === null) throw DomainError.notFound('Session', sessionId, ['sessionId']);

    const now = ctx.clock.now();
    const { startedAt, endedAt } = acc.window();
    const windowEnd = endedAt ?? now;
    // Samples are logged in time order; once one is past the window, the rest are too.
    after = firstSeq - 1;
    let past = startedAt === null;
    while (!past) {
      await nextMacrotask();
      const rows = healthPage(after, pageSize);
      for (const [seq, type, payload] of rows) {
        if (sampleAt(payload) > windowEnd) {
          past = true;
          break;
        }
        acc.addStored(seq, type, payload);
      }
      const last = rows.at(-1);
      if (!last || rows.length < pageSize) break;
      after = last[0];
    }
    return acc.finish(now);
  }

  return {
    report,
    async exportReport(sessionId: string, format: ReportFormat, language: ReportLanguage = 'zh-CN'): Promise<ReportExport> {
      const r = await report(sessionId);
      const base = `livecue-report-${sessionId.replace(/[^\w.-]/g, '_')}`;
      return format === 'json'
        ? { fileName: `${base}.json`, mimeType: 'application/json', text: reportToJson(r) }
        : { fileName: `${base}.csv`, mimeType: 'text/csv; charset=utf-8', text: reportToCsv(r, language, catalogNames(r)) };
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;

function sampleAt(payload: unknown): number {
  const at = typeof payload === 'object' && payload !== null ? (payload as { at?: unknown }).at : undefined;
  return typeof at === 'number' ? at : Number.NEGATIVE_INFINITY;
}
