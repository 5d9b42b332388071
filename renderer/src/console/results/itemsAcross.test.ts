import { describe, expect, it } from 'vitest';
import type { ItemAcrossStores } from '../../../../shared/api/hub/hubConsole';
import { goalMet } from './ItemsAcross';

const task = (met: number | null, counted: number | null): ItemAcrossStores => ({
  kind: 'task',
  itemId: 't1',
  title: '关注门店',
  stores: 2,
  runs: 3,
  met,
  counted,
});
const text = (met: number, counted: number) => `${met} / ${counted}`;

describe('a task’s goal met across stores', () => {
  it('reads met of counted', () => {
    expect(goalMet(task(1, 2), text)).toBe('1 / 2');
    expect(goalMet(task(0, 2), text)).toBe('0 / 2');
  });

  it('is not entered when no session counted it, rather than 0 / 0', () => {
    expect(goalMet(task(0, 0), text)).toBeNull();
    expect(goalMet(task(null, null), text)).toBeNull();
  });
});
