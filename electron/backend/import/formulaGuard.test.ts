import { describe, expect, it } from 'vitest';
import { guardFormula } from './formulaGuard';

describe('guardFormula', () => {
  it.each(['=1+1', '+86 138', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd', '=HYPERLINK("http://x","点我")'])('neutralises %j', (text) => {
    expect(guardFormula(text)).toBe(`'${text}`);
  });

  it.each(['连衣裙', '1+1', 'a=b', '', "'quoted"])('leaves %j alone', (text) => {
    expect(guardFormula(text)).toBe(text);
  });
});
