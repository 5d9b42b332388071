import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import { EChart } from '../../ui/charts/EChart';
import { type ChartPalette, PRINT_PALETTE, SCREEN_PALETTE } from './chartPalette';
import { isCharted, productsOption, timelineOption, type UnitFormats } from './chartsOptions';
import { formatYuan } from './reportFormat';
import type { ItemNames } from './reportNames';
import { Section } from './Section';

/** Bars per product row, so twenty products read as well as three. */
const PRODUCT_ROW_PX = 34;

/** The session minute by minute, and per product explain time against orders, GMV and conversion. */
export function ChartsSection({ report, names }: { report: SessionReport; names: ItemNames }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { minutes, cues, panics, totals, products } = report;

  const units = useMemo((): UnitFormats => {
    const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const tenth = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
    return {
      people: (n) => t('reports.moreFigures.units.people', { n: whole.format(n) }),
      likes: (n) => t('reports.moreFigures.units.likes', { n: whole.format(n) }),
      orders: (n) => t('reports.moreFigures.units.orders', { n: whole.format(n) }),
      yuan: (fen) => formatYuan(fen) ?? '',
      minutes: (n) => t('reports.moreFigures.units.minutes', { n: tenth.format(n) }),
      percent: (ratio) => percent.format(ratio),
    };
  }, [language, t]);

  const timeline = useMemo(() => {
    const clock = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hour12: false });
    const clockSeconds = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
    const build = (palette: ChartPalette) =>
      timelineOption({
        minutes,
        cues,
        panics,
        totals,
        names,
        palette,
        clock: (ms) => clock.format(new Date(ms)),
        clockSeconds: (ms) => clockSeconds.format(new Date(ms)),
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
          markerKind: (kind) => t(`reports.moreFigures.markers.${kind}`),
          units,
        },
      });
    return { screen: build(SCREEN_PALETTE), print: build(PRINT_PALETTE) };
  }, [minutes, cues, panics, totals, names, language, t, units]);

  const perProduct = useMemo(() => {
    const texts = {
      explainMinutes: t('reports.charts.explainMinutes'),
      orders: t('reports.charts.orders'),
      gmv: t('reports.charts.gmv'),
      conversion: t('reports.moreFigures.conversion'),
      minutesAxis: t('reports.charts.minutesAxis'),
      ordersAxis: t('reports.charts.ordersAxis'),
      yuanAxis: t('reports.charts.yuanAxis'),
      percentAxis: '%',
      absent: t('reports.absent'),
      units,
    };
    return {
      screen: (width: number) => productsOption(products, totals, names, texts, SCREEN_PALETTE, width),
      print: (width: number) => productsOption(products, totals, names, texts, PRINT_PALETTE, width),
    };
  }, [products, totals, names, t, units]);

  const productRows = products.filter(isCharted).length;
  // Whether anything was counted minute by minute: the timeline draws a series for each figure that was.
  const counted = Array.isArray(timeline.screen.series) && timeline.screen.series.some((s) => Array.isArray(s.data) && s.data.length > 0);

  return (
    <Section id="charts" title={t('reports.charts.title')} empty={counted || productRows > 0 ? null : t('reports.charts.empty')}>
      {counted && (
        <figure className="reports-chart">
          <figcaption className="reports-chart__title">{t('reports.charts.timeline')}</figcaption>
          <EChart
            option={timeline.screen}
            printOption={timeline.print}
            height="24rem"
            label={t('reports.charts.timelineLabel')}
            testId="reports-chart-timeline"
          />
        </figure>
      )}
      {productRows > 0 && (
        <figure className="reports-chart">
          <figcaption className="reports-chart__title">{t('reports.charts.products')}</figcaption>
          <EChart
            option={perProduct.screen}
            printOption={perProduct.print}
            height={`${Math.max(10, (productRows * PRODUCT_ROW_PX + 90) / 16)}rem`}
            label={t('reports.charts.productsLabel')}
            testId="reports-chart-products"
          />
        </figure>
      )}
    </Section>
  );
}
