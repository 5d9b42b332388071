import { describe, expect, it } from 'vitest';
import { totalsLabel } from './totalsLine';

describe('totalsLabel', () => {
  it('recognises a totals line by its first filled cell or its SKU cell', () => {
    expect(totalsLabel({ line: 9, cells: [null, ' 合 计： ', 327] }, 0)).toBe('合 计：');
    expect(totalsLabel({ line: 9, cells: ['8', '总计', 327] }, 1)).toBe('总计');
    expect(totalsLabel({ line: 9, cells: ['ＴＯＴＡＬ', null, 327] }, 0)).toBe('ＴＯＴＡＬ');
  });

  it('leaves products alone, including short English SKUs and titles that mention a total', () => {
    expect(totalsLabel({ line: 2, cells: ['SUM', '求和计算器', 39] }, 0)).toBeNull();
    expect(totalsLabel({ line: 2, cells: ['A1', '合计三件套', 99] }, 0)).toBeNull();
  });
});
