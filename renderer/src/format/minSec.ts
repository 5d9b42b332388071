/** Durations as people type and read them in LiveCue: "3:30", "1:05:00", or plain seconds. */

/** m:ss, or h:mm:ss from an hour on: 90 000 → "1:30", 3 725 000 → "1:02:05". */
export function formatMinSec(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "3:30" → 210 000 ms, "1:05:00" → 3 900 000, "90" → 90 000; "" → null; anything else → undefined. */
export function parseMinSec(text: string): number | null | undefined {
  const raw = text.trim();
  if (raw === '') return null;
  if (!/^\d+(:[0-5]?\d){0,2}$/.test(raw)) return undefined;
  const seconds = raw.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
  return seconds * 1000;
}
