import { describe, expect, it } from 'vitest';
import type { CueInterval } from '../../../../shared/domain/report/sessionReport';
import { itemNames } from './reportNames';

const interval = (cueId: string, cueType: CueInterval['cueType'], title: string, refs: Partial<CueInterval> = {}): CueInterval => ({
  cueId,
  cueType,
  title,
  trigger: 'go',
  productId: null,
  couponId: null,
  taskId: null,
  plannedStartAt: null,
  plannedDurationMs: null,
  startedAt: 0,
  endedAt: null,
  endReason: null,
  durationMs: 0,
  startDelayMs: null,
  overrunMs: null,
  run: 1,
  ...refs,
});

describe('item names from the cues that used them', () => {
  it('prefers the item’s own cue over one that refers to it, whatever the order', () => {
    const names = itemNames([
      interval('f1', 'flash_sale', '秒杀 精华', { productId: 'p1', couponId: 'c1' }),
      interval('p1', 'product', '精华液', { productId: 'p1' }),
      interval('c1', 'coupon', '满199减30', { couponId: 'c1' }),
      interval('p1', 'product', '精华液 返场', { productId: 'p1' }),
    ]);
    expect(names.product('p1')).toBe('精华液');
    expect(names.coupon('c1')).toBe('满199减30');
  });

  it('borrows a referring cue’s title when the item had no cue of its own', () => {
    const names = itemNames([interval('f1', 'flash_sale', 'Flash: serum', { productId: 'p2' })]);
    expect(names.product('p2')).toBe('Flash: serum');
  });

  it('shows an id no cue names as is, and names cues by id', () => {
    const names = itemNames([interval('t1', 'task', 'Follow 500', { taskId: 'task-1' })]);
    expect(names.task('task-1')).toBe('Follow 500');
    expect(names.task('task-x')).toBe('task-x');
    expect(names.product('unknown')).toBe('unknown');
    expect(names.cue('t1')).toBe('Follow 500');
    expect(names.cue(null)).toBeNull();
  });

  it('names a product no cue named by the platform file’s title, never over a cue’s', () => {
    const names = itemNames(
      [interval('a', 'product', '讲解面霜', { productId: 'p1' })],
      [
        { productId: 'p1', platformTitle: '面霜 50ml' },
        { productId: 'p2', platformTitle: '面膜 10片' },
        { productId: 'p3', platformTitle: null },
      ],
    );
    expect([names.product('p1'), names.product('p2'), names.product('p3')]).toEqual(['讲解面霜', '面膜 10片', 'p3']);
  });
});
