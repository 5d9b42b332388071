/**
 * A whole number as typed ("1,200", full-width digits too), null when empty, undefined when it is not one. Whether the
 * number is allowed (≥ 1, ≤ stock…) is for the backend to say.
 */
export function readCount(text: string): number | null | undefined {
  const raw = text.normalize('NFKC').trim().replaceAll(',', '');
  if (raw === '') return null;
  return /^\d+$/.test(raw) && Number.isSafeInteger(Number(raw)) ? Number(raw) : undefined;
}
