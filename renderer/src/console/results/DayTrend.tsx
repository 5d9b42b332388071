import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayRow } from '../../../../shared/api/hub/hubConsole';
import { PRINT_PALETTE, SCREEN_PALETTE } from '../../features/reports/chartPalette';
import { Section } from '../../features/reports/Section';
import { EChart } from '../../ui/charts/EChart';
import { type DayTrendTexts, dayTrendOption } from './resultsCharts';
import { useResultFormats } from './useResultFormats';

/** GMV and unique viewers day by day over the queried range. */
export function DayTrend({ days, range }: { days: readonly DayRow[]; range: { from: string; to: string } }) {
  const { t, i18n } = useTranslation();
  const f = useResultFormats();
  const language = i18n.language;
  const option = useMemo(() => {
    // The day is a calendar date already in the reader's zone: format it as UTC so it is not shifted again.
    const label = new Intl.DateTimeFormat(language, { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    const dayLabel = (day: string) => label.format(new Date(`${day}T00:00:00Z`));
    const texts: DayTrendTexts = {
      gmv: t('consoleResults.days.gmv'),
      viewers: t('consoleResults.days.viewers'),
      yuanAxis: t('consoleResults.days.yuanAxis'),
      peopleAxis: t('consoleResults.days.peopleAxis'),
      sessions: (n) => f.sessions(n),
      absent: t('reports.absent'),
      units: f.units,
    };
    return {
      screen: dayTrendOption(days, range, texts, SCREEN_PALETTE, dayLabel),
      print: dayTrendOption(days, range, texts, PRINT_PALETTE, dayLabel),
    };
  }, [days, range, language, t, f]);
  return (
    <Section id="results-days" title={t('consoleResults.days.title')}>
      <EChart
        option={option.screen}
        printOption={option.print}
        height="18rem"
        label={t('consoleResults.days.chartLabel')}
        testId="results-chart-days"
      />
    </Section>
  );
}
