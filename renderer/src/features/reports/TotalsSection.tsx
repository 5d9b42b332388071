import { useTranslation } from 'react-i18next';
import type { TotalSourceKey } from '../../../../shared/domain/report/figureSources';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import { Figure } from './Figure';
import { PlatformFiles } from './PlatformFiles';
import { formatYuan } from './reportFormat';
import { Section } from './Section';
import { hasPlatformData, SourceTag } from './SourceTag';
import { useFormatters } from './useFormatters';

const COUNTS = ['views', 'likes', 'newFollowers', 'fanClubJoins', 'comments', 'shares', 'orders', 'buyers'] as const;

/** Duration, audience and sales totals of the session; with platform data, each figure says where it came from. */
export function TotalsSection({ report }: { report: SessionReport }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { totals, sources } = report;
  const tagged = hasPlatformData(report);
  // Session totals come from the trend file, or else the products file.
  const platform = sources.platform.trend?.platform ?? sources.platform.products?.platform ?? null;
  const tag = (key: TotalSourceKey) =>
    tagged && sources.totals[key] !== null ? <SourceTag source={sources.totals[key]} platform={platform} /> : undefined;
  return (
    <Section id="totals" title={t('reports.totals.title')}>
      <PlatformFiles report={report} />
      <dl className="reports-figures">
        <Figure
          id="durationMs"
          label={t('reports.totals.durationMs')}
          text={f.duration(report.session.durationMs)}
          definition={t('reports.definitions.durationMs')}
        />
        <Figure id="gmvFen" label={t('reports.totals.gmvFen')} text={formatYuan(totals.gmvFen)} source={tag('gmvFen')} />
        <Figure
          id="peakViewers"
          label={t('reports.totals.peakViewers')}
          text={f.count(totals.peakViewers)}
          definition={t(
            sources.totals.peakViewers === 'platform' ? 'reports.definitions.platformPeakViewers' : 'reports.definitions.peakViewers',
          )}
          source={tag('peakViewers')}
        />
        <Figure
          id="averageViewers"
          label={t('reports.totals.averageViewers')}
          text={f.count(totals.averageViewers === null ? null : Math.round(totals.averageViewers))}
          definition={t(
            sources.totals.averageViewers === 'platform'
              ? 'reports.definitions.platformAverageViewers'
              : 'reports.definitions.averageViewers',
          )}
          source={tag('averageViewers')}
        />
        <Figure
          id="uniqueViewers"
          label={t('reports.totals.uniqueViewers')}
          text={f.count(totals.uniqueViewers)}
          definition={t('reports.definitions.uniqueViewers')}
          source={tag('uniqueViewers')}
        />
        {/* Only the platform counts entries: the figure shows once a trend file gave it. */}
        {totals.entries !== null && (
          <Figure id="entries" label={t('reports.sources.entries')} text={f.count(totals.entries)} source={tag('entries')} />
        )}
        {COUNTS.map((key) => (
          <Figure key={key} id={key} label={t(`reports.totals.${key}`)} text={f.count(totals[key])} source={tag(key)} />
        ))}
      </dl>
      {tagged && <p className="muted reports-note">{t('reports.definitions.sources')}</p>}
    </Section>
  );
}
