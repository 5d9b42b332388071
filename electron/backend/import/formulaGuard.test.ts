import { describe, expect, it } from 'vitest';
import { guardFormula, looksLikeFormula } from './formulaGuard';

describe('guardFormula', () => {
  it.each(['=1+1', '+86 138', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd', '=HYPERLINK("http://x","点我")'])('neutralises %j', (text) => {
    expect(guardFormula(text)).toBe(`'${text}`);
  });

  it.each(['连衣裙', '1+1', 'a=b', '', "'quoted"])('leaves %j alone', (text) => {
    expect(guardFormula(text)).toBe(text);
  });
});

describe('looksLikeFormula', () => {
  it('catches formulas and leaves ordinary titles alone', () => {
    for (const text of ['=HYPERLINK("https://x.invalid","裙子")', ' =A1', '+SUM(A1:A3)', '@IF(1,2,3)', '-cmd(1)']) {
      expect(looksLikeFormula(text), text).toBe(true);
    }
    for (const text of ['-50%大促', '+1 加购', '@主播推荐', '=', '春季连衣裙 = 显瘦']) expect(looksLikeFormula(text), text).toBe(false);
  });
});
