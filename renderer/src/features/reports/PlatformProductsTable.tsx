import { useTranslation } from 'react-i18next';
import { ratioOf } from '../../../../shared/domain/report/platformFigures';
import type { ProductReport, SessionReport, UnmatchedPlatformProduct } from '../../../../shared/domain/report/sessionReport';
import { type Column, DataTable } from '../../ui/DataTable';
import { figureColumn } from './figureColumn';
import { formatPercent, formatYuan } from './reportFormat';
import type { ItemNames } from './reportNames';
import { Section } from './Section';
import { useFormatters } from './useFormatters';

/** A row of the platform's products file: matched to a catalog product, or not (named as the file names it). */
type Row = {
  kind: 'matched' | 'unmatched';
  key: string;
  name: string;
  figures: Omit<UnmatchedPlatformProduct, 'platformProductId' | 'sku' | 'title'>;
  clickThrough: number | null;
  conversion: number | null;
};

/** The platform's own figures of a product: a figure typed in during the show is not the platform's, so it is left out here. */
function platformFigures(p: ProductReport): Row['figures'] {
  const own = (figure: keyof ProductReport['sources'], value: number | null) => (p.sources[figure] === 'platform' ? value : null);
  return {
    exposures: p.exposures,
    clicks: p.clicks,
    orders: own('orders', p.orders),
    buyers: own('buyers', p.buyers),
    gmvFen: own('gmvFen', p.gmvFen),
    refundFen: p.refundFen,
  };
}

const fromPlatform = (p: ProductReport) =>
  p.exposures !== null || p.clicks !== null || p.refundFen !== null || Object.values(p.sources).includes('platform');

/** The platform's per-product funnel (exposures → clicks → buyers) and refunds; rows it could not match are listed last. */
export function PlatformProductsTable({ report, names }: { report: SessionReport; names: ItemNames }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const file = report.sources.platform.products;
  if (file === null) return null;
  const rows: Row[] = [
    ...report.products.filter(fromPlatform).map(
      (p): Row => ({
        kind: 'matched',
        key: p.productId,
        name: names.product(p.productId),
        figures: platformFigures(p),
        clickThrough: p.clickThrough,
        conversion: p.conversion,
      }),
    ),
    ...report.unmatchedProducts.map(
      (u, i): Row => ({
        kind: 'unmatched',
        key: `unmatched-${i}`,
        name: [u.title, u.sku, u.platformProductId].filter((s) => s !== null).join(' · ') || '—',
        figures: u,
        clickThrough: ratioOf(u.clicks, u.exposures),
        conversion: ratioOf(u.buyers, u.clicks),
      }),
    ),
  ];
  const columns: Column<Row>[] = [
    {
      key: 'product',
      header: t('reports.products.product'),
      rowHeader: true,
      cell: (r) => (
        <>
          {r.name}
          {r.kind === 'unmatched' && (
            <span className="reports-source" data-testid="reports-unmatched-tag">
              {t('reports.sources.unmatched')}
            </span>
          )}
        </>
      ),
    },
    figureColumn('exposures', t('reports.sources.exposures'), (r) => f.count(r.figures.exposures)),
    figureColumn('clicks', t('reports.sources.clicks'), (r) => f.count(r.figures.clicks)),
    figureColumn('clickThrough', t('reports.sources.clickThrough'), (r) => formatPercent(r.clickThrough)),
    figureColumn('orders', t('reports.products.orders'), (r) => f.count(r.figures.orders)),
    figureColumn('buyers', t('reports.products.buyers'), (r) => f.count(r.figures.buyers)),
    figureColumn('conversion', t('reports.sources.productConversion'), (r) => formatPercent(r.conversion)),
    figureColumn('gmv', t('reports.products.gmv'), (r) => formatYuan(r.figures.gmvFen), 'reports-platform-product-gmv'),
    figureColumn('refund', t('reports.sources.refund'), (r) => formatYuan(r.figures.refundFen)),
  ];
  return (
    <Section id="platformProducts" title={t('reports.sources.productsTitle', { file: file.fileName })}>
      <DataTable
        testId="reports-platform-products"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.key}
        rowAttributes={(r) => ({
          'data-testid': 'reports-platform-product',
          'data-matched': r.kind === 'matched' ? 'true' : 'false',
          'data-product-id': r.kind === 'matched' ? r.key : undefined,
        })}
      />
      <p className="muted reports-note">
        {t('reports.definitions.clickThrough')} {t('reports.definitions.productConversion')} {t('reports.definitions.unmatchedProducts')}
      </p>
    </Section>
  );
}
