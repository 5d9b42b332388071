/**
 * Characters that make Excel (and LibreOffice, WPS) treat a cell as a formula or a DDE command.
 * A product title such as "=HYPERLINK(…)" typed by anyone upstream must not run on the merchant's PC.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Neutralises text that a spreadsheet would execute, by the OWASP-recommended leading apostrophe.
 * Only text goes through here: numbers written as numbers (a negative stock adjustment) are safe
 * and keep their type.
 */
export function guardFormula(text: string): string {
  const first = text[0];
  return first !== undefined && FORMULA_TRIGGERS.has(first) ? `'${text}` : text;
}

/**
 * True for imported text that is a spreadsheet formula rather than words: "=HYPERLINK(…)", "=A1",
 * "+SUM(…)", "@IF(…)". "-50%大促" or "+1 加购" are ordinary titles and are not caught.
 */
export function looksLikeFormula(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.startsWith('=')) return trimmed.length > 1;
  return /^[+\-@]\s*[A-Za-z_][A-Za-z0-9_.]*\s*\(/.test(trimmed);
}
