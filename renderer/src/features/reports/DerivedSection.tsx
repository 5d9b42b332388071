import { useTranslation } from 'react-i18next';
import type { FigureSource, TotalSourceKey } from '../../../../shared/domain/report/figureSources';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import { Figure } from './Figure';
import { formatPercent, formatYuan } from './reportFormat';
import { Section } from './Section';
import { hasPlatformData, SourceTag } from './SourceTag';

/** The derived money figures, in yuan. */
const MONEY = ['gpmFen', 'uvValueFen', 'averageOrderValueFen'] as const;
type DerivedKey = (typeof MONEY)[number] | 'conversion';

/** The totals each derived figure is worked out from (see the definitions). */
const INPUTS: Record<DerivedKey, readonly TotalSourceKey[]> = {
  gpmFen: ['gmvFen', 'views'],
  uvValueFen: ['gmvFen', 'uniqueViewers'],
  averageOrderValueFen: ['gmvFen', 'buyers'],
  conversion: ['buyers', 'uniqueViewers'],
};

/** GPM, UV value, average order value and conversion, each with its definition beside it. */
export function DerivedSection({ report }: { report: SessionReport }) {
  const { t } = useTranslation();
  const { derived, sources } = report;
  const platform = sources.platform.trend?.platform ?? sources.platform.products?.platform ?? null;
  // A figure worked out from a platform total and a typed one says both.
  const tags = (key: DerivedKey) => {
    if (!hasPlatformData(report) || derived[key] === null) return undefined;
    const kinds = [...new Set(INPUTS[key].map((input) => sources.totals[input]))].filter((s): s is NonNullable<FigureSource> => s !== null);
    return (
      <>
        {kinds.map((source) => (
          <SourceTag key={source} source={source} platform={platform} />
        ))}
      </>
    );
  };
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
            source={tags(id)}
          />
        ))}
        <Figure
          id="conversion"
          label={t('reports.derived.conversion')}
          text={formatPercent(derived.conversion)}
          definition={t('reports.definitions.conversion')}
          source={tags('conversion')}
        />
      </dl>
      <p className="muted reports-note">{t('reports.definitions.absent')}</p>
    </Section>
  );
}
