import type {
  DayRow,
  ItemAcrossStores,
  LeaderboardRow,
  ProductAcrossStores,
  ResultsQuery,
  ResultsResponse,
} from '../../shared/api/hub/hubConsole';
import { fen, ratio } from '../../shared/domain/report/derivedFigures';
import type { HubQueryable } from '../db/hubDb';
import type { ProducerCaller } from '../http/hubAuth';
import { dayString, resultsScope } from './resultsScope';
import {
  type FigureRow,
  type ItemRow,
  itemsStatement,
  type ProductRow,
  productsStatement,
  type SessionFigureRow,
  type Statement,
  sessionFiguresStatement,
} from './resultsSql';

type Figures = ResultsResponse['totals'];

/**
 * Results across stores: three aggregate statements over the flat result tables, whatever the number of
 * stores (no query per store). On PostgreSQL they run side by side on the pool; each is consistent in
 * itself, and a review stored between them shows in the next read.
 */
export async function queryResults(db: HubQueryable, caller: ProducerCaller, query: ResultsQuery): Promise<ResultsResponse> {
  const scope = resultsScope(caller, query);
  const run = <T extends object>(s: Statement) => db.query<T>(s.sql, s.params);
  const [sessionRows, productRows, itemRows] = await Promise.all([
    run<SessionFigureRow>(sessionFiguresStatement(scope)),
    run<ProductRow>(productsStatement(scope)),
    run<ItemRow>(itemsStatement(scope)),
  ]);
  const stores: LeaderboardRow[] = [];
  const days: DayRow[] = [];
  let totals = figures(null);
  for (const row of sessionRows) {
    if (row.grouped_by === 'total') totals = figures(row);
    else if (row.grouped_by === 'day') days.push({ day: dayString(row.day ?? 0), ...figures(row) });
    else
      stores.push({
        storeCode: row.store_code ?? '',
        storeName: row.store_name ?? '',
        region: row.region ?? '',
        group: row.grp ?? '',
        ...figures(row),
      });
  }
  stores.sort(byGmvThenCode);
  days.sort((a, b) => compareText(a.day, b.day));
  return { query, totals, stores, products: productRows.map(product), items: itemRows.map(item), days };
}

/** The contract's figures from a row of sums; `null` = no session in scope (every sum absent). */
function figures(row: FigureRow | null): Figures {
  if (!row) return { ...NO_FIGURES };
  return {
    sessions: row.sessions,
    gmvFen: row.gmv_fen,
    orders: row.orders,
    buyers: row.buyers,
    views: row.views,
    uniqueViewers: row.unique_viewers,
    peakViewers: row.peak_viewers,
    gpmFen: fen(ratio(row.gpm_gmv === null ? null : row.gpm_gmv * 1000, row.gpm_views)),
    uvValueFen: fen(ratio(row.uv_gmv, row.uv_viewers)),
    conversion: ratio(row.cv_buyers, row.cv_viewers),
    explainMs: row.explain_ms ?? 0,
  };
}

const NO_FIGURES: Figures = {
  sessions: 0,
  gmvFen: null,
  orders: null,
  buyers: null,
  views: null,
  uniqueViewers: null,
  peakViewers: null,
  gpmFen: null,
  uvValueFen: null,
  conversion: null,
  explainMs: 0,
};

function product(row: ProductRow): ProductAcrossStores {
  return {
    productId: row.product_id,
    title: row.title,
    stores: row.stores,
    explainMs: row.explain_ms,
    explainCount: row.explain_count,
    orders: row.orders,
    buyers: row.buyers,
    gmvFen: row.gmv_fen,
    clicks: row.clicks,
    conversion: ratio(row.cv_buyers, row.cv_clicks),
  };
}

function item(row: ItemRow): ItemAcrossStores {
  const task = row.kind === 'task';
  return {
    kind: row.kind,
    itemId: row.item_id,
    title: row.title,
    stores: row.stores,
    runs: row.runs,
    met: task ? row.met : null,
    counted: task ? row.counted : null,
  };
}

/** Code points, not a locale: the same order on every database and machine. */
export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** GMV high to low, stores without GMV last, then by store code. */
function byGmvThenCode(a: LeaderboardRow, b: LeaderboardRow): number {
  if (a.gmvFen !== b.gmvFen) {
    if (a.gmvFen === null) return 1;
    if (b.gmvFen === null) return -1;
    return b.gmvFen - a.gmvFen;
  }
  return compareText(a.storeCode, b.storeCode);
}
