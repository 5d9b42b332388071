import type { ResultsResponse } from '../../shared/api/hub/hubConsole';
import type { ReportLanguage } from '../../shared/domain/report/reportLabels';
import { type ResultsLabels, resultsLabels } from './resultsLabels';

/** How a column's value reads: money arrives in fen, ratios as fractions, explain time in ms. */
export type ColumnKind = 'text' | 'count' | 'yuan' | 'percent' | 'minutes';
export type CellValue = string | number | null;

export interface Column {
  header: string;
  kind: ColumnKind;
}

/** One table of the export: a titled section of the CSV, a sheet of the workbook. */
export interface Section {
  title: string;
  sheet: string;
  columns: Column[];
  rows: CellValue[][];
}

type Figures = ResultsResponse['totals'];

function figureColumns(L: ResultsLabels): Column[] {
  return [
    { header: L.sessions, kind: 'count' },
    { header: L.gmvYuan, kind: 'yuan' },
    { header: L.orders, kind: 'count' },
    { header: L.buyers, kind: 'count' },
    { header: L.views, kind: 'count' },
    { header: L.uniqueViewers, kind: 'count' },
    { header: L.peakViewers, kind: 'count' },
    { header: L.gpmYuan, kind: 'yuan' },
    { header: L.uvValueYuan, kind: 'yuan' },
    { header: L.conversion, kind: 'percent' },
    { header: L.explainMinutes, kind: 'minutes' },
  ];
}

const figureCells = (f: Figures): CellValue[] => [
  f.sessions,
  f.gmvFen,
  f.orders,
  f.buyers,
  f.views,
  f.uniqueViewers,
  f.peakViewers,
  f.gpmFen,
  f.uvValueFen,
  f.conversion,
  f.explainMs,
];

/** The results as the export's tables, in the reader's language: totals, stores, products, coupons and tasks, days. */
export function resultsSections(results: ResultsResponse, language: ReportLanguage): Section[] {
  const L = resultsLabels(language);
  const figures = figureColumns(L);
  const text = (header: string): Column => ({ header, kind: 'text' });
  const count = (header: string): Column => ({ header, kind: 'count' });
  return [
    {
      title: L.totals(results.query.from, results.query.to),
      sheet: L.totalsSheet,
      columns: figures,
      rows: [figureCells(results.totals)],
    },
    {
      title: L.stores,
      sheet: L.stores,
      columns: [count(L.rank), text(L.storeCode), text(L.store), text(L.region), text(L.group), ...figures],
      rows: results.stores.map((s, i) => [i + 1, s.storeCode, s.storeName, s.region, s.group, ...figureCells(s)]),
    },
    {
      title: L.products,
      sheet: L.products,
      columns: [
        text(L.productId),
        text(L.product),
        count(L.storeCount),
        count(L.explainCount),
        { header: L.explainMinutes, kind: 'minutes' },
        count(L.orders),
        count(L.buyers),
        { header: L.gmvYuan, kind: 'yuan' },
        count(L.clicks),
        { header: L.productConversion, kind: 'percent' },
      ],
      rows: results.products.map((p) => [
        p.productId,
        p.title,
        p.stores,
        p.explainCount,
        p.explainMs,
        p.orders,
        p.buyers,
        p.gmvFen,
        p.clicks,
        p.conversion,
      ]),
    },
    {
      title: L.items,
      sheet: L.items,
      columns: [text(L.kind), text(L.itemId), text(L.title), count(L.storeCount), count(L.runs), count(L.met), count(L.counted)],
      rows: results.items.map((i) => [i.kind === 'coupon' ? L.coupon : L.task, i.itemId, i.title, i.stores, i.runs, i.met, i.counted]),
    },
    {
      title: L.days,
      sheet: L.days,
      columns: [text(L.day), ...figures],
      rows: results.days.map((d) => [d.day, ...figureCells(d)]),
    },
  ];
}
