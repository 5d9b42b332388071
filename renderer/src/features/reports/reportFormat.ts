/**
 * Display text for review figures. Every function returns null for an absent figure, so the caller
 * shows "not entered" instead of a 0 that was never counted.
 */

const MINUS = '−';

/** "¥1,299.00" for 129900 fen; the sign goes before the ¥. Integer arithmetic, never through a float. */
export function formatYuan(fen: number | null): string | null {
  if (fen === null) return null;
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = String(abs % 100).padStart(2, '0');
  return `${fen < 0 ? MINUS : ''}¥${whole}.${cents}`;
}

/** Whole hours, minutes and seconds of a length of time (its size: the sign is the caller's). */
export function durationParts(ms: number): { h: number; m: number; s: number } {
  const total = Math.round(Math.abs(ms) / 1000);
  return { h: Math.floor(total / 3600), m: Math.floor((total % 3600) / 60), s: total % 60 };
}

/** "12:05" under an hour, "1:02:03" from an hour, to the nearest second. */
export function formatDuration(ms: number | null): string | null {
  if (ms === null) return null;
  const { h, m, s } = durationParts(ms);
  const total = h * 3600 + m * 60 + s;
  const body = h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
  return total > 0 && ms < 0 ? `${MINUS}${body}` : body;
}

/** A difference from plan: "+0:12" late or over, "−0:05" early or short, "0:00" on plan. */
export function formatSignedDuration(ms: number | null): string | null {
  if (ms === null) return null;
  const text = formatDuration(ms) ?? '';
  return Math.round(ms / 1000) > 0 ? `+${text}` : text;
}

/** A whole count grouped for the UI language ("12,345"). */
export function formatCount(n: number | null, locale: string): string | null {
  if (n === null) return null;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

/** An average with one decimal ("123.4"). */
export function formatAverage(n: number | null, locale: string): string | null {
  if (n === null) return null;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
}

/** A ratio as a percentage with two decimals: 0.0525 → "5.25%". */
export function formatPercent(ratio: number | null): string | null {
  if (ratio === null) return null;
  return `${(ratio * 100).toFixed(2)}%`;
}

/** How long a listed session ran: to its end, or to `now` while it is live. */
export function sessionDurationMs(s: { startedAt: number; endedAt: number | null }, now: number): number {
  return Math.max(0, (s.endedAt ?? now) - s.startedAt);
}

const pad = (n: number) => String(n).padStart(2, '0');
