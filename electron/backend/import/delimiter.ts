import type { CsvDelimiter } from '../../../shared/domain/import/importPreview';

const CANDIDATES: readonly CsvDelimiter[] = [',', '\t', ';'];
const SAMPLE_LINES = 20;

/**
 * Picks the delimiter from the first lines: the candidate that splits the header into the most
 * columns and the following lines into the same count. Quoted text is skipped, so a comma inside
 * "1,299" or a title does not count. Falls back to comma (a one-column file).
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const lines = sampleLines(text);
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const candidate of CANDIDATES) {
    const counts = lines.map((line) => countOutsideQuotes(line, candidate));
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length;
    // Columns × share of lines that agree: a stray semicolon in one title cannot win.
    const score = (first + 1) * (consistent / counts.length);
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
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
