import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductAcrossStores } from '../../../../shared/api/hub/hubConsole';
import { PRINT_PALETTE, SCREEN_PALETTE } from '../../features/reports/chartPalette';
import { figureColumn } from '../../features/reports/figureColumn';
import { Section } from '../../features/reports/Section';
import { EChart } from '../../ui/charts/EChart';
import { type Column, DataTable } from '../../ui/DataTable';
import { isPlotted, productsScatterOption, type ScatterTexts } from './resultsCharts';
import { useResultFormats } from './useResultFormats';

/** Each product across the stores that explained or sold it: a table, and explain time against conversion. */
export function ProductsAcross({ products }: { products: readonly ProductAcrossStores[] }) {
  const { t } = useTranslation();
  const f = useResultFormats();
  const rows = useMemo(() => [...products].sort((a, b) => (b.gmvFen ?? -1) - (a.gmvFen ?? -1) || b.explainMs - a.explainMs), [products]);

  const chart = useMemo(() => {
    const texts: ScatterTexts = {
      explainAxis: t('consoleResults.products.explainAxis'),
      conversionAxis: t('consoleResults.products.conversionAxis'),
      explain: t('consoleResults.products.explain'),
      conversion: t('consoleResults.products.conversion'),
      gmv: t('consoleResults.products.gmv'),
      stores: f.stores,
      absent: t('reports.absent'),
      units: f.units,
    };
    return { screen: productsScatterOption(products, texts, SCREEN_PALETTE), print: productsScatterOption(products, texts, PRINT_PALETTE) };
  }, [products, t, f]);

  const columns: Column<ProductAcrossStores>[] = [
    { key: 'title', header: t('consoleResults.products.product'), rowHeader: true, cell: (p) => p.title },
    figureColumn('stores', t('consoleResults.products.stores'), (p) => f.count(p.stores), 'results-product-stores'),
    {
      ...figureColumn('explain', t('consoleResults.products.explain'), (p) => f.explainBare(p.explainMs), 'results-product-explain'),
      unit: t('consoleResults.units.minutes'),
    },
    figureColumn('explainCount', t('consoleResults.products.explainCount'), (p) => f.count(p.explainCount)),
    figureColumn('orders', t('consoleResults.products.orders'), (p) => f.count(p.orders)),
    figureColumn('gmv', t('consoleResults.products.gmv'), (p) => f.yuan(p.gmvFen), 'results-product-gmv'),
    figureColumn('conversion', t('consoleResults.products.conversion'), (p) => f.percent(p.conversion), 'results-product-conversion'),
  ];
  const unplotted = products.filter((p) => !isPlotted(p)).length;
  const plotted = products.length - unplotted;

  return (
    <Section
      id="results-products"
      title={t('consoleResults.products.title')}
      empty={products.length === 0 ? t('consoleResults.products.empty') : null}
    >
      <div className="results-products">
        <DataTable
          columns={columns}
          rows={rows}
          rowKey={(p) => p.productId}
          rowAttributes={(p) => ({ 'data-testid': 'results-product-row', 'data-product-id': p.productId })}
          label={t('consoleResults.products.title')}
          testId="results-products"
        />
        <figure className="reports-chart results-products__chart">
          <figcaption className="reports-chart__title">{t('consoleResults.products.chart')}</figcaption>
          {plotted > 0 && (
            <EChart
              option={chart.screen}
              printOption={chart.print}
              height="20rem"
              label={t('consoleResults.products.chartLabel')}
              testId="results-chart-products"
            />
          )}
          <p className="muted results-note">{t('reports.definitions.productConversion')}</p>
          {unplotted > 0 && (
            <p className="muted results-note" data-testid="results-products-unplotted">
              {t('consoleResults.products.notPlotted', { count: unplotted })}
            </p>
          )}
        </figure>
      </div>
    </Section>
  );
}
