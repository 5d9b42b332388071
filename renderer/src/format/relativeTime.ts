type Step = [limitMs: number, unit: Intl.RelativeTimeFormatUnit, unitMs: number];
const DAYS: Step = [Number.POSITIVE_INFINITY, 'day', 86_400_000];
const STEPS: Step[] = [[45_000, 'second', 1000], [45 * 60_000, 'minute', 60_000], [22 * 3600_000, 'hour', 3600_000], DAYS];

/** "3 minutes ago" / "3 分钟前" in the UI language; under 45 seconds is "now" (seconds would flicker). */
export function formatRelative(ms: number, now: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const diff = ms - now;
  const [, unit, unitMs] = STEPS.find(([limit]) => Math.abs(diff) < limit) ?? DAYS;
  if (unit === 'second') return format.format(0, 'second');
  return format.format(Math.round(diff / unitMs), unit);
}
