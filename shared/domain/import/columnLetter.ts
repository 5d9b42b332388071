/** Spreadsheet column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA (the backend's messages and the wizard alike). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
