import type { DerivedFigures } from './sessionReport';

export interface DerivedInputs {
  gmvFen: number | null;
  views: number | null;
  uniqueViewers: number | null;
  buyers: number | null;
}

/** a ÷ b, or null when either was not entered or b is 0 (a ratio over nothing is undefined, not 0). */
export function ratio(a: number | null, b: number | null): number | null {
  if (a === null || b === null || b === 0) return null;
  return a / b;
}

/** A money figure rounded to the fen; absent stays absent. */
export const fen = (n: number | null) => (n === null ? null : Math.round(n));

/** The standard figures; the formulas are spelled out in REPORT_DEFINITIONS too. */
export function deriveFigures({ gmvFen, views, uniqueViewers, buyers }: DerivedInputs): DerivedFigures {
  return {
    gpmFen: fen(ratio(gmvFen === null ? null : gmvFen * 1000, views)),
    uvValueFen: fen(ratio(gmvFen, uniqueViewers)),
    averageOrderValueFen: fen(ratio(gmvFen, buyers)),
    conversion: ratio(buyers, uniqueViewers),
  };
}
