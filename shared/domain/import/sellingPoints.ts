/**
 * How an imported cell becomes talking points: merchants write one per line, or on one line as
 * "A|B|C" or "A；B". Commas are not separators: they sit inside a point ("面料舒适，不起球").
 * The import screen shows the same list, so what it says is what the parser does.
 */
export const SELLING_POINT_SEPARATORS = ['\n', '|', '｜', '；', ';'] as const;

const SEPARATOR_PATTERN = /\r\n|\r|\n|[|｜；;]/;

/** The talking points in a cell, trimmed, empty ones dropped, in the order written. */
export function splitSellingPoints(text: string): string[] {
  return text
    .split(SEPARATOR_PATTERN)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}
