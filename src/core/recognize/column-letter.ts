/** Excel column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA, 16383 → XFD. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = (n - 1 - r) / 26;
  }
  return out;
}
