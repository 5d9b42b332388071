import { useTranslation } from 'react-i18next';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import { Figure } from './Figure';
import { formatYuan } from './reportFormat';
import { Section } from './Section';
import { useFormatters } from './useFormatters';

const COUNTS = ['views', 'likes', 'newFollowers', 'fanClubJoins', 'comments', 'shares', 'orders', 'buyers'] as const;

/** Duration, audience and sales totals of the session. */
export function TotalsSection({ report }: { report: SessionReport }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { totals } = report;
  return (
    <Section id="totals" title={t('reports.totals.title')}>
      <dl className="reports-figures">
        <Figure
          id="durationMs"
          label={t('reports.totals.durationMs')}
          text={f.duration(report.session.durationMs)}
          definition={t('reports.definitions.durationMs')}
        />
        <Figure id="gmvFen" label={t('reports.totals.gmvFen')} text={formatYuan(totals.gmvFen)} />
        <Figure
          id="peakViewers"
          label={t('reports.totals.peakViewers')}
          text={f.count(totals.peakViewers)}
          definition={t('reports.definitions.peakViewers')}
        />
        <Figure
          id="averageViewers"
          label={t('reports.totals.averageViewers')}
          text={f.count(totals.averageViewers === null ? null : Math.round(totals.averageViewers))}
          definition={t('reports.definitions.averageViewers')}
        />
        <Figure
          id="uniqueViewers"
          label={t('reports.totals.uniqueViewers')}
          text={f.count(totals.uniqueViewers)}
          definition={t('reports.definitions.uniqueViewers')}
        />
        {COUNTS.map((key) => (
          <Figure key={key} id={key} label={t(`reports.totals.${key}`)} text={f.count(totals[key])} />
        ))}
      </dl>
    </Section>
  );
}
