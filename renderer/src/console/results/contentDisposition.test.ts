import { describe, expect, it } from 'vitest';
import { fileNameFromContentDisposition } from './contentDisposition';

describe('the file name in content-disposition', () => {
  it('prefers the UTF-8 filename* (a Chinese name) over the plain one', () => {
    const header = `attachment; filename="results-2026-11-08.xlsx"; filename*=UTF-8''${encodeURIComponent('跨店业绩-2026-11-08至2026-12-07.xlsx')}`;
    expect(fileNameFromContentDisposition(header)).toBe('跨店业绩-2026-11-08至2026-12-07.xlsx');
  });

  it('reads filename* in any case, with a language tag or quotes', () => {
    expect(fileNameFromContentDisposition(`attachment; FILENAME*=utf-8'zh-CN'%E4%B8%9A%E7%BB%A9.csv`)).toBe('业绩.csv');
    expect(fileNameFromContentDisposition(`attachment; filename*="UTF-8''a%20b.csv"`)).toBe('a b.csv');
  });

  it('falls back to the plain filename, quoted or not', () => {
    expect(fileNameFromContentDisposition('attachment; filename="results 1.csv"')).toBe('results 1.csv');
    expect(fileNameFromContentDisposition('attachment; filename=results.csv')).toBe('results.csv');
    expect(fileNameFromContentDisposition('attachment; filename="say \\"hi\\".csv"')).toBe('say "hi".csv');
    expect(fileNameFromContentDisposition(`attachment; filename*=UTF-8''%E4%ZZ; filename="ok.csv"`)).toBe('ok.csv');
  });

  it('never returns a path, and null when there is no name', () => {
    expect(fileNameFromContentDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(fileNameFromContentDisposition(`attachment; filename*=UTF-8''..%2F..%2Fx.csv`)).toBe('x.csv');
    expect(fileNameFromContentDisposition('attachment')).toBeNull();
    expect(fileNameFromContentDisposition('attachment; filename=""')).toBeNull();
    expect(fileNameFromContentDisposition(null)).toBeNull();
  });
});
