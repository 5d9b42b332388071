import { useTranslation } from 'react-i18next';
import type { PlatformImportRef } from '../../../../shared/domain/report/figureSources';
import { reportLabels } from '../../../../shared/domain/report/reportLabels';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import { useReportLanguage } from './SourceTag';
import { useFormatters } from './useFormatters';

/** Which platform files the review merged in (name, platform, when imported), and how the two sources combine. */
export function PlatformFiles({ report }: { report: SessionReport }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const L = reportLabels(useReportLanguage());
  const { products, trend } = report.sources.platform;
  const files = [products, trend].filter((ref): ref is PlatformImportRef => ref !== null);
  if (files.length === 0) return null;
  return (
    <p className="reports-files muted" data-testid="reports-platform-files" title={t('reports.definitions.sources')}>
      {t('reports.sources.files', {
        files: files
          .map((ref) => t('reports.sources.file', { name: ref.fileName, platform: L[ref.platform], when: f.dateTime(ref.importedAt) }))
          .join(t('reports.sources.separator')),
      })}
    </p>
  );
}
