import { useEffect, useRef } from 'react';
import { type EChartsCoreOption, echarts } from './echarts';
import './chart.css';

/** An option, or one built for the chart's width in CSS pixels (a layout in pixels that must fit a narrow page). */
export type ChartOption = EChartsCoreOption | ((width: number) => EChartsCoreOption);

interface Props {
  option: ChartOption;
  /**
   * What to draw for print / save as PDF (dark on white). A canvas is printed as it was last drawn, so the chart is
   * redrawn with this before the page is printed and with `option` after. Without it, print keeps `option`.
   */
  printOption?: ChartOption;
  /** CSS height; the width follows the container. */
  height: string;
  /** What the chart shows, for screen readers (a canvas has no text of its own). */
  label: string;
  testId?: string;
}

const printMedia = () => (typeof window.matchMedia === 'function' ? window.matchMedia('print') : null);

/**
 * The width a chart is drawn at for print: about an A4 or Letter page's text width in CSS pixels. The page's own
 * width is not known before the browser lays it out for print, so the chart is drawn at this width and scaled to
 * the page by print CSS (chart.css): close to 1:1 on paper, its text as legible as on screen.
 */
const PRINT_WIDTH_PX = 720;

/**
 * A thin React wrapper over one ECharts instance: created on mount, given each new option whole (no merging with
 * the last, so a series that went away is gone), resized with its box (a window resize, the print layout), redrawn
 * in the print palette while printing, and disposed on unmount.
 */
export function EChart({ option, printOption, height, label, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const options = useRef({ option, printOption });
  options.current = { option, printOption };
  const printing = useRef(false);
  /** The last width an option was built for, so a resize that keeps it does not rebuild. */
  const drawnWidth = useRef(-1);

  const draw = () => {
    const el = box.current;
    const instance = chart.current;
    if (!el || !instance) return;
    const { option: screen, printOption: print } = options.current;
    const chosen = printing.current && print ? print : screen;
    const width = instance.getWidth();
    drawnWidth.current = width;
    // Which palette is on the canvas, for tests and print checks (the canvas itself cannot be read as text).
    el.dataset.palette = chosen === print ? 'print' : 'screen';
    instance.setOption(typeof chosen === 'function' ? chosen(width) : chosen, { notMerge: true });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: created once; draw reads the latest options through a ref
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    // At least two canvas pixels per CSS pixel, so a printed chart is as sharp as the text around it.
    const instance = echarts.init(el, null, { renderer: 'canvas', devicePixelRatio: Math.max(2, window.devicePixelRatio || 1) });
    chart.current = instance;
    const resize = new ResizeObserver(() => {
      // While printing the chart keeps its print width (print CSS scales it to the page).
      if (printing.current) return;
      instance.resize();
      const { option: screen, printOption: print } = options.current;
      if ((typeof screen === 'function' || typeof print === 'function') && instance.getWidth() !== drawnWidth.current) draw();
    });
    resize.observe(el);
    const media = printMedia();
    const setPrinting = (on: boolean) => {
      if (printing.current === on) return;
      printing.current = on;
      if (on) instance.resize({ width: Math.min(el.clientWidth, PRINT_WIDTH_PX), height: el.clientHeight });
      else instance.resize();
      draw();
    };
    const onMedia = () => setPrinting(media?.matches ?? false);
    const onBefore = () => setPrinting(true);
    const onAfter = () => setPrinting(media?.matches ?? false);
    media?.addEventListener('change', onMedia);
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
    setPrinting(media?.matches ?? false);
    return () => {
      resize.disconnect();
      media?.removeEventListener('change', onMedia);
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: draw reads the options through a ref; these are what change it
  useEffect(() => {
    draw();
  }, [option, printOption]);

  return <div ref={box} className="echart" style={{ height }} role="img" aria-label={label} data-testid={testId} />;
}
