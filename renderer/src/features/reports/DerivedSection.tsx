import { useTranslation } from 'react-i18next';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import { Figure } from './Figure';
import { formatPercent, formatYuan } from './reportFormat';
import { Section } from './Section';

/** The derived money figures, in yuan. */
const MONEY = ['gpmFen', 'uvValueFen', 'averageOrderValueFen'] as const;

/** GPM, UV value, average order value and conversion, each with its definition beside it. */
export function DerivedSection({ report }: { report: SessionReport }) {
  const { t } = useTranslation();
  const { derived } = report;
  return (
    <Section id="derived" title={t('reports.derived.title')}>
      <dl className="reports-figures reports-figures--wide">
        {MONEY.map((id) => (
          <Figure
            key={id}
            id={id}
            label={t(`reports.derived.${id}`)}
            text={formatYuan(derived[id])}
            definition={t(`reports.definitions.${id}`)}
          />
        ))}
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
