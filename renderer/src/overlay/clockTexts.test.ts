import { describe, expect, it } from 'vitest';
import { layoutOverlay } from '../../../shared/domain/overlay/overlayLayout';
import { defaultOverlayTheme } from '../../../shared/domain/overlay/overlayTheme';
import { everything, OVERLAY_NOW as NOW } from '../../../test/support/domain/overlayFixtures';
import { clockText, clockTexts } from './clockTexts';

const textAt = (content: ReturnType<typeof everything>, now: number, id: string) => {
  const part = layoutOverlay({ width: 1080, height: 1920 }, content, defaultOverlayTheme, now).parts.find((p) => p.id === id);
  return part?.kind === 'text' ? part.lines.join('\n') : null;
};

const fail = (): never => {
  throw new Error('no clock');
};

describe('clockTexts', () => {
  it('ticks every countdown of a layout to exactly what laying it out again at that moment would show', () => {
    const content = everything();
    content.task = { ...content.task, deadlineAt: NOW + 3_725_000 };
    const layout = layoutOverlay({ width: 1080, height: 1920 }, content, defaultOverlayTheme, NOW);
    const clocks = clockTexts(layout, content, NOW);
    expect(clocks.map((c) => c.id).sort()).toEqual(['coupon.countdown', 'flashSale.countdown', 'giveaway.countdown', 'task.progress']);
    for (const later of [0, 1, 999, 1_000, 1_001, 59_999, 61_500, 200_000, 400_000]) {
      for (const clock of clocks)
        expect(clockText(clock, NOW + later), `${clock.id} +${later}`).toBe(textAt(content, NOW + later, clock.id));
    }
    expect(clockText(clocks.find((c) => c.id === 'task.progress') ?? clocks[0] ?? fail(), NOW + 1_000)).toBe('37 / 100 1:02:04');
  });

  it('has nothing to tick for graphics without a deadline', () => {
    const content = everything();
    content.coupon = { ...content.coupon, deadlineAt: null };
    const layout = layoutOverlay({ width: 1920, height: 1080 }, content, defaultOverlayTheme, NOW);
    const ids = clockTexts(layout, content, NOW).map((c) => c.id);
    expect(ids).not.toContain('coupon.countdown');
    expect(ids).not.toContain('task.progress');
  });
});
