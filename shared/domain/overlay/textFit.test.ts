import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitText, textWidth, wrapText } from './textFit';

describe('wrapText', () => {
  it('breaks Chinese between characters and keeps every line inside the width', () => {
    const title = '春季新款真丝连衣裙女士高端气质显瘦中长款裙子';
    const { lines, truncated } = wrapText(title, 10 * 40, 40, 3);
    expect(truncated).toBe(false);
    expect(lines.join('')).toBe(title);
    expect(lines[0]).toHaveLength(10);
    for (const line of lines) expect(textWidth(line, 40)).toBeLessThanOrEqual(400);
  });

  it('cuts a 60-character title to two lines ending in an ellipsis', () => {
    const title = '超值'.repeat(30);
    const { lines, truncated } = wrapText(title, 12 * 44, 44, 2, true);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 44, true)).toBeLessThanOrEqual(12 * 44);
  });

  it('keeps Latin words whole, splits only a word longer than the line, and collapses whitespace', () => {
    expect(wrapText('Hello  big\nworld', 4 * 30, 30, 3).lines).toEqual(['Hello', 'big', 'world']);
    const long = wrapText('SUPERCALIFRAGILISTIC', 4 * 30, 30, 9).lines;
    expect(long.length).toBeGreaterThan(1);
    expect(long.join('')).toBe('SUPERCALIFRAGILISTIC');
  });

  it('never starts a line with a closing mark nor ends one with an opening mark', () => {
    const { lines } = wrapText('一二三四五，六七八“九十”', 5 * 20, 20, 4);
    for (const line of lines.slice(1)) expect('，。”）').not.toContain(line[0]);
    for (const line of lines) expect('“（').not.toContain(line.at(-1));
  });

  it('holds for any text: at most maxLines lines, each within the width', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 80, max: 600 }), (text, max, width) => {
        const { lines } = wrapText(text, width, 20, max);
        expect(lines.length).toBeLessThanOrEqual(max);
        for (const line of lines) expect(textWidth(line, 20)).toBeLessThanOrEqual(width + 0.001);
      }),
    );
  });
});

describe('fitText', () => {
  it('uses the largest size that fits and shrinks a long text before cutting it', () => {
    expect(fitText('¥899', { width: 500, height: 120 }, 84, 40, 1).fontPx).toBe(84);
    const squeezed = fitText('¥1,299,999.99', { width: 300, height: 120 }, 84, 40, 1);
    expect(squeezed.fontPx).toBeLessThan(84);
    expect(squeezed.truncated).toBe(false);
    expect(textWidth(squeezed.lines[0] ?? '', squeezed.fontPx)).toBeLessThanOrEqual(300);
  });
});
