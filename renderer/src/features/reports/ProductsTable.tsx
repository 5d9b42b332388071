import { useTranslation } from 'react-i18next';
import type { ProductReport, SessionReport } from '../../../../shared/domain/report/sessionReport';
import { type Column, DataTable } from '../../ui/DataTable';
import { ProductSources } from './ProductSources';
import { formatDuration, formatYuan } from './reportFormat';
import type { ItemNames } from './reportNames';
import { Section } from './Section';
import { hasPlatformData } from './SourceTag';
import { useFormatters } from './useFormatters';
import { Value } from './Value';

/** Per product: explain time and count, first and last explain, its coupons and flash sales, and its sales (with their source). */
export function ProductsTable({ report, names }: { report: SessionReport; names: ItemNames }) {
  const { t } = useTranslation();
  const f = useFormatters();
  // With platform data the figures of a row may come from either source: its name cell says which.
  const tagged = hasPlatformData(report);
  const couponsColumn: Column<ProductReport> = {
    key: 'coupons',
    header: t('reports.products.coupons'),
    wrap: true,
    cell: (p) => p.couponIds.map((id) => names.coupon(id)).join('、'),
  };
  const flashSalesColumn: Column<ProductReport> = {
    key: 'flashSales',
    header: t('reports.products.flashSales'),
    wrap: true,
    cell: (p) => p.flashSales.map((s) => `${s.title} ${f.time(s.startedAt)}`).join('、'),
  };
  const columns: Column<ProductReport>[] = [
    {
      key: 'product',
      header: t('reports.products.product'),
      rowHeader: true,
      cell: (p) => (
        <>
          {names.product(p.productId)}
          {tagged && <ProductSources product={p} report={report} />}
        </>
      ),
    },
    { key: 'explains', header: t('reports.products.explains'), numeric: true, cell: (p) => p.explainCount },
    { key: 'explainTime', header: t('reports.products.explainTime'), numeric: true, cell: (p) => formatDuration(p.totalExplainMs) },
    { key: 'first', header: t('reports.products.first'), cell: (p) => <Value compact text={f.time(p.firstExplainAt)} /> },
    { key: 'last', header: t('reports.products.last'), cell: (p) => <Value compact text={f.time(p.lastExplainAt)} /> },
    // An empty wrap column still takes its minimum width: left out when no product has coupons or flash sales.
    ...(report.products.some((p) => p.couponIds.length > 0) ? [couponsColumn] : []),
    ...(report.products.some((p) => p.flashSales.length > 0) ? [flashSalesColumn] : []),
    { key: 'orders', header: t('reports.products.orders'), numeric: true, cell: (p) => <Value compact text={f.count(p.orders)} /> },
    { key: 'buyers', header: t('reports.products.buyers'), numeric: true, cell: (p) => <Value compact text={f.count(p.buyers)} /> },
    {
      key: 'gmv',
      header: t('reports.products.gmv'),
      numeric: true,
      cell: (p) => <Value compact text={formatYuan(p.gmvFen)} />,
      cellAttributes: () => ({ 'data-testid': 'reports-product-gmv' }),
    },
  ];
  return (
    <Section id="products" title={t('reports.products.title')} empty={report.products.length === 0 ? t('reports.products.empty') : null}>
      <DataTable
        testId="reports-products"
        columns={columns}
        rows={report.products}
        rowKey={(p) => p.productId}
        rowAttributes={(p) => ({ 'data-testid': 'reports-product', 'data-product-id': p.productId })}
      />
      <p className="muted reports-note">{t('reports.definitions.totalExplainMs')}</p>
    </Section>
  );
}
