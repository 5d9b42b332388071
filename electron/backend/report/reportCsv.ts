import { type ReportLanguage, reportDefinition, reportLabels } from '../../../shared/domain/report/reportLabels';
import type { SessionReport } from '../../../shared/domain/report/sessionReport';
import { guardFormula } from '../import/formulaGuard';

type Cell = string | number | boolean | null;

/** A product as the export names it: its SKU from the catalog (null once deleted) and its title. */
export interface ProductName {
  sku: string | null;
  title: string;
}

/**
 * The report as one CSV sheet: a section per table (title row, header row, rows, blank line), so it
 * opens in Excel/WPS as a single document. UTF-8 with BOM (Excel otherwise misreads Chinese), CRLF.
 * Times are local "YYYY-MM-DD HH:mm:ss", durations seconds, money yuan with 2 decimals; absent is empty.
 */
export function reportToCsv(
  report: SessionReport,
  language: ReportLanguage,
  catalog: ReadonlyMap<string, ProductName> = new Map(),
): string {
  const L = reportLabels(language);
  // A product is named by SKU and title, not only by its id: the title as it was on air (the cue's), else the
  // catalog's.
  const onAir = new Map<string, string>();
  for (const c of report.cues)
    if (c.productId !== null && c.cueType === 'product' && !onAir.has(c.productId)) onAir.set(c.productId, c.title);
  const sku = (id: string | null) => (id === null ? null : (catalog.get(id)?.sku ?? null));
  const productTitle = (id: string) => onAir.get(id) ?? catalog.get(id)?.title ?? null;
  const rows: Cell[][] = [];
  const section = (title: string, header: string[], body: Cell[][]) => {
    rows.push([title], header, ...body, []);
  };
  const yesNo = (b: boolean) => (b ? L.yes : L.no);
  const { session, totals, derived } = report;
  const def = (key: string) => reportDefinition(language, key, report.definitions[key]);

  const summary: [string, Cell, (string | undefined)?][] = [
    [L.sessionId, session.sessionId],
    [L.showName, session.showName],
    [L.startedAt, time(session.startedAt)],
    [L.endedAt, time(session.endedAt)],
    [L.durationS, seconds(session.durationMs), def('durationMs')],
    [L.live, yesNo(session.live)],
    [L.peakViewers, totals.peakViewers, def('peakViewers')],
    [L.averageViewers, fixed(totals.averageViewers, 1), def('averageViewers')],
    [L.uniqueViewers, totals.uniqueViewers, def('uniqueViewers')],
    [L.views, totals.views],
    [L.likes, totals.likes],
    [L.newFollowers, totals.newFollowers],
    [L.fanClubJoins, totals.fanClubJoins],
    [L.comments, totals.comments],
    [L.shares, totals.shares],
    [L.orders, totals.orders],
    [L.buyers, totals.buyers],
    [L.gmvYuan, yuan(totals.gmvFen)],
    [L.gpmYuan, yuan(derived.gpmFen), def('gpmFen')],
    [L.uvValueYuan, yuan(derived.uvValueFen), def('uvValueFen')],
    [L.averageOrderValueYuan, yuan(derived.averageOrderValueFen), def('averageOrderValueFen')],
    [L.conversion, fixed(derived.conversion, 4), def('conversion')],
    [L.skippedEvents, report.skippedEvents, def('absent')],
  ];
  section(
    L.summary,
    [L.metric, L.value, L.definition],
    summary.map(([k, v, d]) => [k, v, d ?? null]),
  );
  section(
    L.cues,
    [
      L.cue,
      L.cueType,
      L.title,
      L.trigger,
      L.product,
      L.sku,
      L.coupon,
      L.task,
      L.plannedStartAt,
      L.startedAt,
      L.startDelayS,
      L.endedAt,
      L.endReason,
      L.plannedDurationS,
      L.durationS,
      L.overrunS,
    ],
    report.cues.map((c) => [
      c.cueId,
      c.cueType,
      c.title,
      c.trigger,
      c.productId,
      sku(c.productId),
      c.couponId,
      c.taskId,
      time(c.plannedStartAt),
      time(c.startedAt),
      seconds(c.startDelayMs),
      time(c.endedAt),
      c.endReason,
      seconds(c.plannedDurationMs),
      seconds(c.durationMs),
      seconds(c.overrunMs),
    ]),
  );
  section(
    L.products,
    [
      L.product,
      L.sku,
      L.productTitle,
      L.explainCount,
      L.totalExplainS,
      L.firstExplainAt,
      L.lastExplainAt,
      L.couponIds,
      L.flashSales,
      L.orders,
      L.buyers,
      L.gmvYuan,
    ],
    report.products.map((p) => [
      p.productId,
      sku(p.productId),
      productTitle(p.productId),
      p.explainCount,
      seconds(p.totalExplainMs),
      time(p.firstExplainAt),
      time(p.lastExplainAt),
      p.couponIds.join(' '),
      p.flashSales.map((f) => f.title).join(' | '),
      p.orders,
      p.buyers,
      yuan(p.gmvFen),
    ]),
  );
  section(
    L.coupons,
    [L.coupon, L.droppedAt, L.quantity, L.claimUntil, L.claimWindowS, L.cue, L.product, L.sku],
    report.coupons.map((c) => [
      c.couponId,
      time(c.droppedAt),
      c.quantity,
      time(c.claimUntil),
      seconds(c.claimWindowMs),
      c.cueId,
      c.productId,
      sku(c.productId),
    ]),
  );
  section(
    L.tasks,
    [L.task, L.target, L.reached, L.targetMet, L.metAt],
    report.tasks.map((t) => [t.taskId, t.target, t.reached, yesNo(t.targetMet), time(t.metAt)]),
  );
  section(
    L.health,
    [L.at, L.bitrateKbps, L.droppedFrames, L.cpuPercent, L.fps, L.congestion],
    report.health.timeline.map((h) => [
      time(h.at),
      fixed(h.bitrateKbps, 0),
      h.droppedFrames,
      fixed(h.cpuPercent, 1),
      fixed(h.fps, 1),
      fixed(h.congestion, 3),
    ]),
  );
  section(
    L.panics,
    [L.at],
    report.panics.map((p) => [time(p.at)]),
  );
  section(
    L.obsFailures,
    [L.at, L.cue, L.action, L.message],
    report.obs.failures.flatMap((f) => f.failures.map((x) => [time(f.at), f.cueId, x.action, x.message])),
  );
  section(
    L.outputs,
    [L.at, L.output, L.outputEvent, L.byLiveCue, L.message],
    report.outputs.map((o) => [time(o.at), o.output, o.event, o.byLiveCue === null ? null : yesNo(o.byLiveCue), o.message]),
  );
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = guardFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local wall time: the merchant reads the review in their own time zone. Text, so it is guarded too. */
function time(ms: number | null): string | null {
  if (ms === null) return null;
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 100) / 10);
const yuan = (fen: number | null) => (fen === null ? null : (fen / 100).toFixed(2));
const fixed = (n: number | null, digits: number) => (n === null ? null : Number(n.toFixed(digits)));
