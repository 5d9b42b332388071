/**
 * Text measured and broken into lines without a font engine, so the same lines go to OBS's text sources and to the
 * overlay page. Widths are estimates in em for the CJK sans fonts LiveCue asks for (Noto Sans CJK, Microsoft YaHei,
 * PingFang): they err on the wide side, so a line that fits here fits on stream; OBS additionally scales a source
 * down into its box, never up, so an underestimate shrinks the text instead of spilling it.
 */

const ELLIPSIS = '…';

/** Characters that must not start a line (Chinese line-breaking rules, 避头). */
const NO_LINE_START = new Set([...'，。、；：！？）》」』】〕〉”’…—·%,.;:!?)]}']);
/** Characters that must not end a line (避尾). */
const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{¥$']);

const isWide = (cp: number): boolean =>
  (cp >= 0x1100 && cp <= 0x115f) || // Hangul Jamo
  (cp >= 0x2e80 && cp <= 0x303f) || // CJK radicals, punctuation
  (cp >= 0x3040 && cp <= 0x33ff) || // kana, CJK compatibility
  (cp >= 0x3400 && cp <= 0x4dbf) ||
  (cp >= 0x4e00 && cp <= 0x9fff) ||
  (cp >= 0xa960 && cp <= 0xa97f) ||
  (cp >= 0xac00 && cp <= 0xd7af) || // Hangul syllables
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xfe30 && cp <= 0xfe4f) ||
  (cp >= 0xff00 && cp <= 0xff60) || // fullwidth forms
  (cp >= 0xffe0 && cp <= 0xffe6) ||
  cp >= 0x1f000; // emoji and the supplementary ideographs

/** Advance width of one character in em. */
function charEm(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (isWide(cp)) return 1;
  if (ch === ' ') return 0.3;
  if (ch === '…' || ch === '—') return 1;
  if ('MWmw@%'.includes(ch)) return 0.92;
  if ("iljI.,:;!|'`".includes(ch)) return 0.32;
  if (ch >= 'A' && ch <= 'Z') return 0.72;
  if (ch >= '0' && ch <= '9') return 0.6;
  if (cp < 0x80) return 0.6;
  return 0.7;
}

/** Estimated width in px of `text` at `fontPx` (bold glyphs run about 5 % wider). */
export function textWidth(text: string, fontPx: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontPx * (bold ? 1.06 : 1);
}

/** Line height in px for a font size: the CJK fonts' ascent + descent with a little leading. */
export const lineHeight = (fontPx: number): number => Math.ceil(fontPx * 1.36);

export interface Wrapped {
  lines: string[];
  /** Part of the text did not fit and ends in an ellipsis. */
  truncated: boolean;
}

/** Units a line may break between: a CJK character, or a run of other non-space characters (a Latin word). */
function units(text: string): { text: string; spaceBefore: boolean }[] {
  const out: { text: string; spaceBefore: boolean }[] = [];
  let word = '';
  let space = false;
  const flush = () => {
    if (word) out.push({ text: word, spaceBefore: space });
    if (word) space = false;
    word = '';
  };
  for (const ch of text) {
    if (/\s/.test(ch)) {
      flush();
      if (out.length > 0) space = true;
      continue;
    }
    if (isWide(ch.codePointAt(0) ?? 0)) {
      flush();
      out.push({ text: ch, spaceBefore: space });
      space = false;
    } else word += ch;
  }
  flush();
  // Keep punctuation with its neighbour: no line starts with a closing mark or ends with an opening one.
  const glued: { text: string; spaceBefore: boolean }[] = [];
  for (const unit of out) {
    const prev = glued[glued.length - 1];
    const first = [...unit.text][0] ?? '';
    const prevLast = prev ? ([...prev.text].pop() ?? '') : '';
    if (prev && !unit.spaceBefore && (NO_LINE_START.has(first) || NO_LINE_END.has(prevLast))) prev.text += unit.text;
    else glued.push({ ...unit });
  }
  return glued;
}

/** Cuts `text` so that it plus an ellipsis fits `maxWidth`. */
function withEllipsis(text: string, maxWidth: number, fontPx: number, bold: boolean): string {
  const chars = [...text.trimEnd()];
  while (chars.length > 0 && textWidth(`${chars.join('')}${ELLIPSIS}`, fontPx, bold) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}${ELLIPSIS}`;
}

/** Splits a unit wider than a whole line into pieces that fit. */
function splitLong(unit: string, maxWidth: number, fontPx: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of unit) {
    if (piece && textWidth(piece + ch, fontPx, bold) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth` px; what does not fit is cut and the last line
 * ends in an ellipsis. Whitespace (newlines included) collapses to single spaces.
 */
export function wrapText(text: string, maxWidth: number, fontPx: number, maxLines: number, bold = false): Wrapped {
  const lines: string[] = [];
  let line = '';
  const all = units(text.trim());
  for (let i = 0; i < all.length; i++) {
    const unit = all[i];
    if (!unit) continue;
    const candidate = line ? `${line}${unit.spaceBefore ? ' ' : ''}${unit.text}` : unit.text;
    if (textWidth(candidate, fontPx, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    const pieces = textWidth(unit.text, fontPx, bold) > maxWidth ? splitLong(unit.text, maxWidth, fontPx, bold) : [unit.text];
    if (line) lines.push(line);
    line = '';
    for (const [j, piece] of pieces.entries()) {
      if (j < pieces.length - 1) lines.push(piece);
      else line = piece;
    }
    if (lines.length >= maxLines) {
      const kept = lines.slice(0, maxLines);
      kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', maxWidth, fontPx, bold);
      return { lines: kept, truncated: true };
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = withEllipsis(kept[maxLines - 1] ?? '', maxWidth, fontPx, bold);
    return { lines: kept, truncated: true };
  }
  return { lines, truncated: false };
}

/** The largest font size from `maxPx` down to `minPx` at which `text` fits in `maxLines` lines, wrapped at that size. */
export function fitText(
  text: string,
  box: { width: number; height: number },
  maxPx: number,
  minPx: number,
  maxLines: number,
  bold = false,
): Wrapped & { fontPx: number } {
  for (let px = Math.floor(maxPx); px > minPx; px -= Math.max(1, Math.round(px * 0.08))) {
    const lines = Math.max(1, Math.min(maxLines, Math.floor(box.height / lineHeight(px))));
    const wrapped = wrapText(text, box.width, px, lines, bold);
    if (!wrapped.truncated) return { ...wrapped, fontPx: px };
  }
  const px = Math.floor(minPx);
  const lines = Math.max(1, Math.min(maxLines, Math.floor(box.height / lineHeight(px))));
  return { ...wrapText(text, box.width, px, lines, bold), fontPx: px };
}
