import { useTranslation } from 'react-i18next';
import type { FigureSource } from '../../../../shared/domain/report/figureSources';
import { reportLabels, sourceLabel } from '../../../../shared/domain/report/reportLabels';
import type { ProductReport, SessionReport } from '../../../../shared/domain/report/sessionReport';
import { SourceTag, useReportLanguage } from './SourceTag';

/**
 * Where a product's orders, buyers and GMV came from: one tag when they agree, a tag per source when they do not
 * (the tooltip names each figure's).
 */
export function ProductSources({ product, report }: { product: ProductReport; report: SessionReport }) {
  const { t } = useTranslation();
  const language = useReportLanguage();
  const L = reportLabels(language);
  const platform = report.sources.platform.products?.platform ?? null;
  const figures: [string, FigureSource][] = [
    [L.orders, product.sources.orders],
    [L.buyers, product.sources.buyers],
    [L.gmvYuan, product.sources.gmvFen],
  ];
  const kinds = [...new Set(figures.map(([, source]) => source))].filter((s): s is NonNullable<FigureSource> => s !== null);
  if (kinds.length === 0) return null;
  const detail = figures
    .filter(([, source]) => source !== null)
    .map(([name, source]) => `${name}${t('reports.sources.colon')}${sourceLabel(language, source, platform)}`)
    .join(t('reports.sources.separator'));
  return (
    <span className="reports-product-sources" title={detail}>
      {kinds.map((source) => (
        <SourceTag key={source} source={source} platform={platform} />
      ))}
    </span>
  );
}
