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
