import type { CsvDelimiter } from '../../../shared/domain/import/importPreview';

const CANDIDATES: readonly CsvDelimiter[] = [',', '\t', ';'];
/** Non-blank lines looked at: the header search's window (10 rows) plus data rows below it. */
const SAMPLE_LINES = 20;

/**
 * Picks the delimiter from the first non-blank lines, the same rows the header search looks at:
 * the candidate that splits most of them into the same, largest number of columns. Line 1 alone
 * does not decide, because seller-tool exports put a line such as "version 1.00" above the header.
 * Quoted text is skipped, so a comma inside "1,299" or a title does not count. Falls back to comma
 * (a one-column file).
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const lines = sampleLines(text);
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const candidate of CANDIDATES) {
    const { count, lines: agreeing } = commonestCount(lines.map((line) => countOutsideQuotes(line, candidate)));
    if (count === 0) continue;
    // Columns × share of lines that agree: a stray semicolon in one title cannot win.
    const score = (count + 1) * (agreeing / lines.length);
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

/** The non-zero delimiter count most lines share (the larger count on a tie), and how many lines share it. */
function commonestCount(counts: readonly number[]): { count: number; lines: number } {
  const tally = new Map<number, number>();
  for (const c of counts) if (c > 0) tally.set(c, (tally.get(c) ?? 0) + 1);
  let best = { count: 0, lines: 0 };
  for (const [count, lines] of tally) {
    if (lines > best.lines || (lines === best.lines && count > best.count)) best = { count, lines };
  }
  return best;
}

function sampleLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < SAMPLE_LINES; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' && !quoted) {
      const line = text.slice(start, i).replace(/\r$/, '');
      if (line.trim() !== '') lines.push(line);
      start = i + 1;
    }
  }
  // The loop only stops early once it has enough lines; otherwise what is left is the last line.
  if (lines.length < SAMPLE_LINES) {
    const rest = text.slice(start).replace(/\r$/, '');
    if (rest.trim() !== '') lines.push(rest);
  }
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) count++;
  }
  return count;
}
