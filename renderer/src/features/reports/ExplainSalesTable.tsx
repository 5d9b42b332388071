import { useTranslation } from 'react-i18next';
import type { ExplainSales, ProductReport, SessionReport } from '../../../../shared/domain/report/sessionReport';
import { type Column, DataTable } from '../../ui/DataTable';
import { figureColumn } from './figureColumn';
import { formatDuration, formatYuan } from './reportFormat';
import type { ItemNames } from './reportNames';
import { Section } from './Section';
import { SourceTag } from './SourceTag';
import { useFormatters } from './useFormatters';

type Row = { product: ProductReport; sales: ExplainSales };

/** The producer's question: for each product, its time on stream against what the room bought then and just after. */
export function ExplainSalesTable({ report, names }: { report: SessionReport; names: ItemNames }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const rows = report.products.flatMap((product): Row[] =>
    product.explainSales && product.explainSales.source !== null ? [{ product, sales: product.explainSales }] : [],
  );
  if (rows.length === 0) return null;
  const source = rows[0]?.sales.source ?? null;
  const platform = report.sources.platform.trend?.platform ?? null;
  const columns: Column<Row>[] = [
    { key: 'product', header: t('reports.products.product'), rowHeader: true, cell: (r) => names.product(r.product.productId) },
    { key: 'explains', header: t('reports.products.explains'), numeric: true, cell: (r) => r.product.explainCount },
    { key: 'explainTime', header: t('reports.products.explainTime'), numeric: true, cell: (r) => formatDuration(r.product.totalExplainMs) },
    figureColumn('orders', t('reports.sources.explainOrders'), (r) => f.count(r.sales.orders)),
    figureColumn('gmv', t('reports.sources.explainGmv'), (r) => formatYuan(r.sales.gmvFen), 'reports-explain-gmv'),
    figureColumn('perMinute', t('reports.sources.gmvPerMinute'), (r) => formatYuan(r.sales.gmvPerMinuteFen)),
    figureColumn('afterOrders', t('reports.sources.afterOrders'), (r) => f.count(r.sales.afterOrders)),
    figureColumn('afterGmv', t('reports.sources.afterGmv'), (r) => formatYuan(r.sales.afterGmvFen), 'reports-explain-after-gmv'),
  ];
  return (
    <Section id="explainSales" title={t('reports.sources.explainTitle')}>
      <p className="reports-files muted">
        {t('reports.sources.explainFrom')} <SourceTag source={source} platform={source === 'platform' ? platform : null} />
      </p>
      <DataTable
        testId="reports-explain-sales"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.product.productId}
        rowAttributes={(r) => ({ 'data-testid': 'reports-explain-row', 'data-product-id': r.product.productId })}
      />
      <p className="muted reports-note">{t('reports.definitions.explainSales')}</p>
    </Section>
  );
}
