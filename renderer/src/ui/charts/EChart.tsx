import { useEffect, useRef } from 'react';
import { type EChartsCoreOption, echarts } from './echarts';
import './chart.css';

interface Props {
  option: EChartsCoreOption;
  /** CSS height; the width follows the container. */
  height: string;
  /** What the chart shows, for screen readers (a canvas has no text of its own). */
  label: string;
  testId?: string;
}

/**
 * A thin React wrapper over one ECharts instance: created on mount, given each new option whole (no merging with
 * the last, so a series that went away is gone), resized with its box (a window resize, the print layout) and
 * disposed on unmount.
 */
export function EChart({ option, height, label, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, null, { renderer: 'canvas' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} className="echart" style={{ height }} role="img" aria-label={label} data-testid={testId} />;
}
