import { describe, expect, it } from 'vitest';
import { parseAmount, parseGmvEntry } from './counterAmount';

describe('typed counter amounts', () => {
  it.each([
    ['12', 12],
    ['12,000', 12_000],
    [' 1 234 ', 1234],
    ['+5', 5],
    ['-3', -3],
    ['−3', -3],
    ['－3', -3],
    ['１２', 12],
  ])('%s → %s', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it.each(['', '0', '-0', '1.5', 'abc', '12x', '--1', '99999999999999999999'])('refuses %j', (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe('typed GMV', () => {
  it.each([
    ['199.90', 19_990],
    ['¥1,299', 129_900],
    ['-59', -5900],
    ['－0.5', -50],
  ])('%s → %s fen', (text, fen) => {
    expect(parseGmvEntry(text)).toBe(fen);
  });

  it.each(['', '0', '1.999', 'abc', '--5'])('refuses %j', (text) => {
    expect(parseGmvEntry(text)).toBeNull();
  });
});
