import type { OverlayContent } from '../../../shared/domain/overlay/overlayContent';
import type { OverlayLayout } from '../../../shared/domain/overlay/overlayLayout';
import type { PartId } from '../../../shared/domain/overlay/overlayParts';
import { formatCountdown } from '../../../shared/domain/runtime/templates';

/** The text parts that show a countdown, and the graphic whose deadline they count down to. */
type TimedSlot = 'coupon' | 'flashSale' | 'giveaway' | 'task';
const CLOCK_PARTS: Partial<Record<PartId, TimedSlot>> = {
  'coupon.countdown': 'coupon',
  'flashSale.countdown': 'flashSale',
  'giveaway.countdown': 'giveaway',
  // "37 / 100   04:59": the task's progress line carries its countdown.
  'task.progress': 'task',
};

/** A countdown inside a laid-out text part: the rest of the part's text around it, and its deadline. */
export interface ClockText {
  id: PartId;
  /** Lines of the part before and after the countdown (a countdown never wraps: it is one unit). */
  before: string;
  after: string;
  deadlineAt: number;
}

/**
 * Where the countdowns are in a layout made at `laidOutAt`, so a page can tick them every frame without laying
 * out again: the layout wrote `formatCountdown(deadline - laidOutAt)` into those parts; this finds it there.
 */
export function clockTexts(layout: OverlayLayout, content: OverlayContent, laidOutAt: number): ClockText[] {
  const out: ClockText[] = [];
  for (const part of layout.parts) {
    if (part.kind !== 'text') continue;
    const slot = CLOCK_PARTS[part.id];
    const deadlineAt = slot ? content[slot]?.deadlineAt : null;
    if (deadlineAt === null || deadlineAt === undefined) continue;
    const text = part.lines.join('\n');
    const shown = formatCountdown(deadlineAt - laidOutAt);
    const at = text.lastIndexOf(shown);
    if (at < 0) continue;
    out.push({ id: part.id, before: text.slice(0, at), after: text.slice(at + shown.length), deadlineAt });
  }
  return out;
}

/** The part's text at `serverNow`: the same second the backend's formatCountdown gives for its deadline. */
export const clockText = (clock: ClockText, serverNow: number): string =>
  `${clock.before}${formatCountdown(clock.deadlineAt - serverNow)}${clock.after}`;
