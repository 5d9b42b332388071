import { ENROLLMENT_CODE_ALPHABET, normalizeEnrollmentCode } from '../../../../shared/api/hub/hubDevice';

const CODE_LENGTH = 10;
const GROUP = 5;

/** The code as head office prints it, whatever the associate typed: "abcde 23456" → "ABCDE-23456". */
export function formatEnrollmentCode(typed: string): string {
  const chars = normalizeEnrollmentCode(typed);
  return chars.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? '';
}

/**
 * The code formatted as it is typed, and where the caret goes in it: after the same typed characters as before,
 * so an inserted dash never throws the caret to the end while the associate corrects the middle.
 */
export function formatEnrollmentCodeAt(typed: string, caret: number): { value: string; caret: number } {
  const before = normalizeEnrollmentCode(typed.slice(0, caret)).length;
  // A dash follows each group of five: the caret sits after the character, before the next group's dash.
  return { value: formatEnrollmentCode(typed), caret: before + Math.max(0, Math.floor((before - 1) / GROUP)) };
}

/** Why the typed code cannot be a code (checked before anything is sent), or null when it can. */
export type EnrollmentCodeProblem = { kind: 'length'; count: number } | { kind: 'chars'; chars: string[] };

export function enrollmentCodeProblem(typed: string): EnrollmentCodeProblem | null {
  const chars = normalizeEnrollmentCode(typed);
  // Look-alikes (0/O, 1/I/L) are left out of codes on purpose: name them, they are the usual typo.
  const wrong = [...new Set([...chars].filter((c) => !ENROLLMENT_CODE_ALPHABET.includes(c)))];
  if (wrong.length > 0) return { kind: 'chars', chars: wrong };
  if (chars.length !== CODE_LENGTH) return { kind: 'length', count: chars.length };
  return null;
}
