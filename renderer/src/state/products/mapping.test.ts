import { describe, expect, it } from 'vitest';
import { columnLetter, mappingOf, withColumnField } from './mapping';

const columns = [
  { index: 0, field: 'sku' as const },
  { index: 1, field: 'title' as const },
  { index: 2, field: null },
  { index: 3, field: 'listPrice' as const },
];

describe('mapping edits', () => {
  it('names every column, ignored ones as null', () => {
    expect(mappingOf(columns)).toEqual({ 0: 'sku', 1: 'title', 2: null, 3: 'listPrice' });
  });

  it('maps an ignored column', () => {
    expect(withColumnField(columns, 2, 'livePrice')).toEqual({ 0: 'sku', 1: 'title', 2: 'livePrice', 3: 'listPrice' });
  });

  it('moves a field from the column that had it', () => {
    expect(withColumnField(columns, 2, 'listPrice')).toEqual({ 0: 'sku', 1: 'title', 2: 'listPrice', 3: null });
  });

  it('ignores a column', () => {
    expect(withColumnField(columns, 1, null)).toEqual({ 0: 'sku', 1: null, 2: null, 3: 'listPrice' });
  });

  it('does not touch the input', () => {
    withColumnField(columns, 0, 'title');
    expect(columns[1]?.field).toBe('title');
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%d → %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });
});
