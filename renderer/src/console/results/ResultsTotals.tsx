import { useTranslation } from 'react-i18next';
import type { ResultsResponse } from '../../../../shared/api/hub/hubConsole';
import { Figure } from '../../features/reports/Figure';
import { Section } from '../../features/reports/Section';
import { useResultFormats } from './useResultFormats';

/** The range's totals over every store in the filter, each with its unit; ratios say how they are taken. */
export function ResultsTotals({ totals }: { totals: ResultsResponse['totals'] }) {
  const { t } = useTranslation();
  const f = useResultFormats();
  const figures = [
    { id: 'results-sessions', label: t('consoleResults.totals.sessions'), text: f.sessions(totals.sessions) },
    { id: 'results-gmv', label: t('consoleResults.totals.gmv'), text: f.yuan(totals.gmvFen) },
    { id: 'results-gpm', label: t('consoleResults.totals.gpm'), text: f.yuan(totals.gpmFen), definition: t('reports.definitions.gpmFen') },
    {
      id: 'results-uv-value',
      label: t('consoleResults.totals.uvValue'),
      text: f.yuan(totals.uvValueFen),
      definition: t('reports.definitions.uvValueFen'),
    },
    { id: 'results-unique-viewers', label: t('consoleResults.totals.uniqueViewers'), text: f.people(totals.uniqueViewers) },
    { id: 'results-peak-viewers', label: t('consoleResults.totals.peakViewers'), text: f.people(totals.peakViewers) },
    {
      id: 'results-conversion',
      label: t('consoleResults.totals.conversion'),
      text: f.percent(totals.conversion),
      definition: t('reports.definitions.conversion'),
    },
    { id: 'results-explain', label: t('consoleResults.totals.explain'), text: f.explain(totals.explainMs) },
  ];
  return (
    <Section id="results-totals" title={t('consoleResults.totals.title')}>
      <dl className="reports-figures results-totals">
        {figures.map((figure) => (
          <Figure key={figure.id} {...figure} />
        ))}
      </dl>
      <p className="muted reports-note">{t('consoleResults.totals.note')}</p>
    </Section>
  );
}
