import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import { EChart } from '../../ui/charts/EChart';
import { isCharted, productsOption, timelineOption } from './chartsOptions';
import type { ItemNames } from './reportNames';
import { Section } from './Section';

/** Bars per product row, so twenty products read as well as three. */
const PRODUCT_ROW_PX = 34;

/** The session minute by minute, and per product explain time against GMV. */
export function ChartsSection({ report, names }: { report: SessionReport; names: ItemNames }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { minutes, cues, totals, products } = report;
  const timeline = useMemo(() => {
    const clock = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hour12: false });
    return timelineOption({
      minutes,
      cues,
      totals,
      names,
      clock: (ms) => clock.format(new Date(ms)),
      texts: {
        viewers: t('reports.charts.viewers'),
        likes: t('reports.charts.likes'),
        orders: t('reports.charts.orders'),
        gmv: t('reports.charts.gmv'),
        peopleAxis: t('reports.charts.peopleAxis'),
        countAxis: t('reports.charts.countAxis'),
        ordersAxis: t('reports.charts.ordersAxis'),
        yuanAxis: t('reports.charts.yuanAxis'),
        explaining: (name) => t('reports.charts.explaining', { name }),
      },
    });
  }, [minutes, cues, totals, names, language, t]);
  const perProduct = useMemo(
    () =>
      productsOption(products, names, {
        explainMinutes: t('reports.charts.explainMinutes'),
        gmv: t('reports.charts.gmv'),
        minutesAxis: t('reports.charts.minutesAxis'),
        yuanAxis: t('reports.charts.yuanAxis'),
      }),
    [products, names, t],
  );
  const productRows = products.filter(isCharted).length;
  // Whether anything was counted minute by minute: the timeline draws a series for each figure that was.
  const counted = Array.isArray(timeline.series) && timeline.series.length > 0;

  return (
    <Section id="charts" title={t('reports.charts.title')} empty={counted || productRows > 0 ? null : t('reports.charts.empty')}>
      {counted && (
        <figure className="reports-chart">
          <figcaption className="reports-chart__title">{t('reports.charts.timeline')}</figcaption>
          <EChart option={timeline} height="22rem" label={t('reports.charts.timelineLabel')} testId="reports-chart-timeline" />
        </figure>
      )}
      {productRows > 0 && (
        <figure className="reports-chart">
          <figcaption className="reports-chart__title">{t('reports.charts.products')}</figcaption>
          <EChart
            option={perProduct}
            height={`${Math.max(10, (productRows * PRODUCT_ROW_PX + 90) / 16)}rem`}
            label={t('reports.charts.productsLabel')}
            testId="reports-chart-products"
          />
        </figure>
      )}
    </Section>
  );
}
