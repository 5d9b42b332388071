/** Parses a typed reading: a whole number, spaces and thousands separators allowed ("1,234"). */
export function parseReading(text: string): number | null {
  const cleaned = text.replace(/[\s,，]/g, '');
  if (!/^\d+$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isSafeInteger(value) ? value : null;
}
