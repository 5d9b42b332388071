import { describe, expect, it } from 'vitest';
import { packageFileName } from './fileName';

describe('package file name', () => {
  it('keeps Chinese and replaces what Windows, macOS or Linux refuse', () => {
    expect(packageFileName('双11 专场：美妆/护肤')).toBe('双11 专场：美妆_护肤.livecue');
    expect(packageFileName('a<b>c:d"e\\f|g?h*i')).toBe('a_b_c_d_e_f_g_h_i.livecue');
    expect(packageFileName('tab\there\nnew')).toBe('tab_here_new.livecue');
    expect(packageFileName('  ..hidden. . ')).toBe('hidden.livecue');
    expect(packageFileName('evil\u202Egpj.exe')).toBe('evilgpj.exe.livecue');
  });

  it('avoids reserved Windows names and empty names', () => {
    expect(packageFileName('CON')).toBe('_CON.livecue');
    expect(packageFileName('lpt1.txt')).toBe('_lpt1.txt.livecue');
    expect(packageFileName('console')).toBe('console.livecue');
    expect(packageFileName('...')).toBe('show.livecue');
    expect(packageFileName('///')).toBe('show.livecue');
  });

  it('caps the length in UTF-8 bytes without splitting a character', () => {
    const name = packageFileName('直'.repeat(200));
    expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(150 + '.livecue'.length);
    expect(name).toBe(`${'直'.repeat(50)}.livecue`);
  });
});
