import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionReport } from '../../../../shared/domain/report/sessionReport';
import { Figure } from './Figure';
import { Section } from './Section';
import { droppedSince, sparkline, thin } from './sparkline';
import { useFormatters } from './useFormatters';

const WIDTH = 600;
const HEIGHT = 48;
/** More points than a sparkline has pixels only costs rendering time. */
const MAX_POINTS = 300;

/** Stream-health summary from OBS samples, with bitrate and dropped-frame sparklines. */
export function HealthSection({ report }: { report: SessionReport }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { summary, timeline } = report.health;
  const charts = useMemo(() => {
    const samples = thin(timeline, MAX_POINTS);
    return {
      bitrate: sparkline(
        samples.map((s) => s.bitrateKbps),
        WIDTH,
        HEIGHT,
      ),
      dropped: sparkline(droppedSince(samples), WIDTH, HEIGHT),
    };
  }, [timeline]);
  const kbps = (n: number | null) => (n === null ? null : t('reports.health.kbps', { value: f.count(Math.round(n)) }));

  return (
    <Section id="health" title={t('reports.health.title')} empty={summary.samples === 0 ? t('reports.health.empty') : null}>
      <dl className="reports-figures">
        <Figure id="healthSamples" label={t('reports.health.samples')} text={f.count(summary.samples)} />
        <Figure id="minBitrate" label={t('reports.health.minBitrate')} text={kbps(summary.minBitrateKbps)} />
        <Figure id="averageBitrate" label={t('reports.health.averageBitrate')} text={kbps(summary.averageBitrateKbps)} />
        <Figure
          id="maxCpu"
          label={t('reports.health.maxCpu')}
          text={summary.maxCpuPercent === null ? null : `${summary.maxCpuPercent.toFixed(1)}%`}
        />
        <Figure id="minFps" label={t('reports.health.minFps')} text={summary.minFps === null ? null : summary.minFps.toFixed(1)} />
        <Figure
          id="droppedFrames"
          label={t('reports.health.droppedFrames')}
          text={f.count(summary.droppedFrames)}
          definition={t('reports.definitions.droppedFrames')}
        />
      </dl>
      <Spark
        testId="reports-health-bitrate"
        segments={charts.bitrate.segments}
        label={t('reports.health.bitrateChart', { min: f.count(charts.bitrate.min), max: f.count(charts.bitrate.max) })}
        tone="accent"
      />
      <Spark
        testId="reports-health-dropped"
        segments={charts.dropped.segments}
        label={t('reports.health.droppedChart', { total: f.count(summary.droppedFrames ?? 0) })}
        tone="danger"
      />
    </Section>
  );
}

function Spark({ segments, label, tone, testId }: { segments: string[]; label: string; tone: 'accent' | 'danger'; testId: string }) {
  return (
    <figure className="reports-spark">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={label}
        className={`reports-spark__svg reports-spark__svg--${tone}`}
        data-testid={testId}
      >
        {segments.map((points) => (
          <polyline key={points} points={points} fill="none" vectorEffect="non-scaling-stroke" />
        ))}
      </svg>
      <figcaption className="muted reports-spark__caption">{label}</figcaption>
    </figure>
  );
}
