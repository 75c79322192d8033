/**
 * The contract that lets other programs fill a form: every input cell carries a workbook-scoped defined name equal to
 * its register column's canonical header with each character a defined name cannot hold removed (金额(元) → 金额元).
 * Excel allows letters (any script), digits, `_`, `.` and `\` in a name; it must not start with a digit or a period.
 */
export function definedNameOf(header: string): string {
  let s = "";
  for (const ch of header) if (/[\p{L}\p{N}_.\\]/u.test(ch)) s += ch;
  // A header starting with a digit (none today) would give an invalid name; `_` keeps it valid and readable.
  return /^[\p{L}_\\]/u.test(s) ? s : `_${s}`;
}
