/** Display of values in the package preview (product changes from → to) and show dates. */

/** ¥ amount from integer fen: 12900 → "¥129.00". */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  return `${sign}¥${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** One product field value as a person reads it; `empty` stands for "not set". */
export function formatFieldValue(field: string, value: unknown, empty = '—'): string {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'number' && field.endsWith('Fen')) return formatFen(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return empty;
    if (field === 'images') return String(value.length);
    return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(' / ');
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return empty;
    return entries.map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', ');
  }
  return String(value);
}

/** Text for an `<input type="datetime-local">` showing `ms` in local time ("" for null). */
export function toLocalInput(ms: number | null): string {
  if (ms === null) return '';
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Epoch ms for a datetime-local value (local time); null for "", undefined when unreadable. */
export function fromLocalInput(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s);
  return Number.isNaN(date.getTime()) ? undefined : date.getTime();
}
