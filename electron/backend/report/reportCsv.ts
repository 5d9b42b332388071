import type { FigureSource, PlatformImportRef, TotalSourceKey } from '../../../shared/domain/report/figureSources';
import { type ReportLanguage, reportDefinition, reportLabels, sourceLabel } from '../../../shared/domain/report/reportLabels';
import type { ProductReport, SessionReport } from '../../../shared/domain/report/sessionReport';
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
  const { sources } = report;
  // A platform figure names the platform of the file it came from: the trend's for totals, the products file's per product.
  const trendPlatform = sources.platform.trend?.platform ?? sources.platform.products?.platform ?? null;
  const totalSource = (key: TotalSourceKey) => sourceLabel(language, sources.totals[key], trendPlatform);
  const productSource = (p: ProductReport) => productSourceText(language, p, sources.platform.products?.platform ?? null);
  // The audience from the trend file is defined as the platform's figure, not as typed readings.
  const platformDefined = (key: keyof typeof PLATFORM_DEFINITION) => (sources.totals[key] === 'platform' ? PLATFORM_DEFINITION[key] : key);
  const file = (label: string, ref: PlatformImportRef | null): [string, Cell, string, string | null][] =>
    ref === null ? [] : [[label, ref.fileName, `${L.importedAt} ${time(ref.importedAt)}`, sourceLabel(language, 'platform', ref.platform)]];

  const summary: [string, Cell, (string | undefined)?, (string | null)?][] = [
    [L.sessionId, session.sessionId],
    [L.showName, session.showName],
    [L.startedAt, time(session.startedAt)],
    [L.endedAt, time(session.endedAt)],
    [L.durationS, seconds(session.durationMs), def('durationMs')],
    [L.live, yesNo(session.live)],
    [L.peakViewers, totals.peakViewers, def(platformDefined('peakViewers')), totalSource('peakViewers')],
    [L.averageViewers, fixed(totals.averageViewers, 1), def(platformDefined('averageViewers')), totalSource('averageViewers')],
    [L.uniqueViewers, totals.uniqueViewers, def('uniqueViewers'), totalSource('uniqueViewers')],
    [L.views, totals.views, undefined, totalSource('views')],
    [L.entries, totals.entries, def('entries'), totalSource('entries')],
    [L.likes, totals.likes, undefined, totalSource('likes')],
    [L.newFollowers, totals.newFollowers, undefined, totalSource('newFollowers')],
    [L.fanClubJoins, totals.fanClubJoins, undefined, totalSource('fanClubJoins')],
    [L.comments, totals.comments, undefined, totalSource('comments')],
    [L.shares, totals.shares, undefined, totalSource('shares')],
    [L.orders, totals.orders, undefined, totalSource('orders')],
    [L.buyers, totals.buyers, undefined, totalSource('buyers')],
    [L.gmvYuan, yuan(totals.gmvFen), undefined, totalSource('gmvFen')],
    [L.gpmYuan, yuan(derived.gpmFen), def('gpmFen')],
    [L.uvValueYuan, yuan(derived.uvValueFen), def('uvValueFen')],
    [L.averageOrderValueYuan, yuan(derived.averageOrderValueFen), def('averageOrderValueFen')],
    [L.conversion, fixed(derived.conversion, 4), def('conversion')],
    [L.skippedEvents, report.skippedEvents, def('absent')],
    ...file(L.platformProductsFile, sources.platform.products),
    ...file(L.platformTrendFile, sources.platform.trend),
  ];
  const anySource = sources.platform.products !== null || sources.platform.trend !== null;
  if (anySource) summary.push([L.source, null, def('sources')]);
  section(
    L.summary,
    [L.metric, L.value, L.definition, L.source],
    summary.map(([k, v, d, src]) => [k, v, d ?? null, src ?? null]),
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
      L.run,
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
      c.run,
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
      L.source,
      L.exposures,
      L.clicks,
      L.clickThrough,
      L.productConversion,
      L.refundYuan,
      L.explainOrders,
      L.explainGmvYuan,
      L.afterOrders,
      L.afterGmvYuan,
      L.gmvPerMinuteYuan,
    ],
    report.products.map((p) => [
      p.productId,
      sku(p.productId),
      productTitle(p.productId) ?? p.platformTitle,
      p.explainCount,
      seconds(p.totalExplainMs),
      time(p.firstExplainAt),
      time(p.lastExplainAt),
      p.couponIds.join(' '),
      p.flashSales.map((f) => f.title).join(' | '),
      p.orders,
      p.buyers,
      yuan(p.gmvFen),
      productSource(p),
      p.exposures,
      p.clicks,
      fixed(p.clickThrough, 4),
      fixed(p.conversion, 4),
      yuan(p.refundFen),
      p.explainSales?.orders ?? null,
      yuan(p.explainSales?.gmvFen ?? null),
      p.explainSales?.afterOrders ?? null,
      yuan(p.explainSales?.afterGmvFen ?? null),
      yuan(p.explainSales?.gmvPerMinuteFen ?? null),
    ]),
  );
  section(
    L.unmatchedProducts,
    [L.platformProductId, L.sku, L.productTitle, L.exposures, L.clicks, L.orders, L.buyers, L.gmvYuan, L.refundYuan],
    report.unmatchedProducts.map((u) => [
      u.platformProductId,
      u.sku,
      u.title,
      u.exposures,
      u.clicks,
      u.orders,
      u.buyers,
      yuan(u.gmvFen),
      yuan(u.refundFen),
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
    [L.task, L.target, L.reached, L.targetMet, L.metAt, L.cue, L.cueType, L.runs],
    report.tasks.map((t) => [
      t.taskId,
      t.target,
      t.counted ? t.reached : null,
      yesNo(t.targetMet),
      time(t.metAt),
      t.cueId,
      t.cueType,
      t.runs,
    ]),
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

const PLATFORM_DEFINITION = { peakViewers: 'platformPeakViewers', averageViewers: 'platformAverageViewers' } as const;

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

/** One source cell for a product's orders, buyers and GMV: the shared source when they agree, else each named. */
function productSourceText(language: ReportLanguage, p: ProductReport, platform: PlatformImportRef['platform'] | null): string | null {
  const L = reportLabels(language);
  const figures: [string, FigureSource][] = [
    [L.orders, p.sources.orders],
    [L.buyers, p.sources.buyers],
    [L.gmvYuan, p.sources.gmvFen],
  ];
  const present = figures.filter(([, source]) => source !== null);
  const kinds = new Set(present.map(([, source]) => source));
  if (kinds.size <= 1) return sourceLabel(language, present[0]?.[1] ?? null, platform);
  return present.map(([name, source]) => `${name}: ${sourceLabel(language, source, platform)}`).join('; ');
}
