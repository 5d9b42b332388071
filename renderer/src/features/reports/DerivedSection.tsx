import { useTranslation } from 'react-i18next';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import { Figure } from './Figure';
import { formatPercent, formatYuan } from './reportFormat';
import { Section } from './Section';

/** GPM, UV value, average order value and conversion, each with its definition beside it. */
export function DerivedSection({ report }: { report: SessionReport }) {
  const { t } = useTranslation();
  const { derived } = report;
  return (
    <Section id="derived" title={t('reports.derived.title')}>
      <dl className="reports-figures reports-figures--wide">
        <Figure
          id="gpmFen"
          label={t('reports.derived.gpmFen')}
          text={formatYuan(derived.gpmFen)}
          definition={t('reports.definitions.gpmFen')}
        />
        <Figure
          id="uvValueFen"
          label={t('reports.derived.uvValueFen')}
          text={formatYuan(derived.uvValueFen)}
          definition={t('reports.definitions.uvValueFen')}
        />
        <Figure
          id="averageOrderValueFen"
          label={t('reports.derived.averageOrderValueFen')}
          text={formatYuan(derived.averageOrderValueFen)}
          definition={t('reports.definitions.averageOrderValueFen')}
        />
        <Figure
          id="conversion"
          label={t('reports.derived.conversion')}
          text={formatPercent(derived.conversion)}
          definition={t('reports.definitions.conversion')}
        />
      </dl>
      <p className="muted reports-note">{t('reports.definitions.absent')}</p>
    </Section>
  );
}
