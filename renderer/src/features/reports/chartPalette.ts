/**
 * The review charts' colours, as concrete values (a canvas cannot read CSS variables). Two palettes: the dark
 * screen's, and paper's (print / save as PDF), where a canvas keeps whatever it was last drawn with, so the charts
 * are redrawn in dark text and lines on white before the page is printed.
 */
export interface ChartPalette {
  kind: 'screen' | 'print';
  text: string;
  muted: string;
  border: string;
  /** Behind a hover label, so it reads over lines and bars. */
  labelBackground: string;
  viewers: string;
  likes: string;
  orders: string;
  gmv: string;
  conversion: string;
  explainFill: string;
  explainBorder: string;
  /** One colour per cue marker kind, each apart from the series' colours (a coupon line must not vanish among order bars). */
  marker: Record<MarkerKind, string>;
}

/** Non-product cues and PANIC, marked on the timeline. */
export type MarkerKind = 'coupon' | 'flash_sale' | 'giveaway' | 'task' | 'panic';

export const SCREEN_PALETTE: ChartPalette = {
  kind: 'screen',
  text: '#c9d1db',
  muted: '#8893a0',
  border: '#2b3440',
  labelBackground: '#1b222b',
  viewers: '#4cc2ff',
  likes: '#ff8fb1',
  orders: '#ffc247',
  gmv: '#3ddc84',
  conversion: '#c49bff',
  explainFill: 'rgba(76, 194, 255, 0.08)',
  explainBorder: 'rgba(76, 194, 255, 0.35)',
  marker: { coupon: '#ff7a45', flash_sale: '#ff3d9a', giveaway: '#d68cff', task: '#5ee0c9', panic: '#ff3b30' },
};

/** Darker, saturated versions of the same hues: each still tells its series apart on white paper and in greyscale. */
export const PRINT_PALETTE: ChartPalette = {
  kind: 'print',
  text: '#111111',
  muted: '#444444',
  border: '#9aa4b1',
  labelBackground: '#ffffff',
  viewers: '#0a6aa8',
  likes: '#b0306a',
  orders: '#8a5a00',
  gmv: '#137a3f',
  conversion: '#5b3a9e',
  explainFill: 'rgba(10, 106, 168, 0.10)',
  explainBorder: 'rgba(10, 106, 168, 0.45)',
  marker: { coupon: '#c2410c', flash_sale: '#a3127a', giveaway: '#7a3aa0', task: '#00695c', panic: '#d50000' },
};
