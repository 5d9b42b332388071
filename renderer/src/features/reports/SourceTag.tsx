import { useTranslation } from 'react-i18next';
import type { LivePlatform } from '../../../../shared/domain/platform/platformData';
import type { FigureSource } from '../../../../shared/domain/report/figureSources';
import { type ReportLanguage, sourceLabel } from '../../../../shared/domain/report/reportLabels';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import './reportSources.css';

/** The report labels' language for the UI's (the export uses the same words). */
export function useReportLanguage(): ReportLanguage {
  const { i18n } = useTranslation();
  return i18n.language.startsWith('zh') ? 'zh-CN' : 'en';
}

/** True once a platform file was merged in: only then is a figure's source worth a tag (otherwise all were typed). */
export const hasPlatformData = (report: SessionReport) =>
  report.sources.platform.products !== null || report.sources.platform.trend !== null;

/** A small "平台数据 · 抖音" / "手动录入" tag; nothing for an absent figure. */
export function SourceTag({ source, platform }: { source: FigureSource; platform: LivePlatform | null }) {
  const text = sourceLabel(useReportLanguage(), source, platform);
  if (text === null || source === null) return null;
  return (
    <span className={`reports-source reports-source--${source}`} data-testid="reports-source" data-source={source}>
      {text}
    </span>
  );
}
