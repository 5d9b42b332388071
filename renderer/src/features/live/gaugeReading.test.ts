import { describe, expect, it } from 'vitest';
import { parseReading } from './gaugeReading';

describe('parseReading', () => {
  it('reads whole numbers, with thousands separators as dashboards show them', () => {
    expect(parseReading('1234')).toBe(1234);
    expect(parseReading(' 12,345 ')).toBe(12345);
    expect(parseReading('1，200')).toBe(1200);
    expect(parseReading('0')).toBe(0);
  });
  it('refuses anything else', () => {
    expect(parseReading('')).toBeNull();
    expect(parseReading('-3')).toBeNull();
    expect(parseReading('1.5')).toBeNull();
    expect(parseReading('1万')).toBeNull();
    expect(parseReading('99999999999999999999')).toBeNull();
  });
});
