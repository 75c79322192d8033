/**
 * Import entries from what a file holds: one per filled form, one per data row of a CSV or .xlsx list of register
 * rows (recognised by its header row like any register sheet).
 */
import { translate, type Lang } from "../i18n";
import { columnLetter } from "../recognize/column-letter";
import { recognizeSheet } from "../recognize/recognize";
import type { RegisterDef } from "../registers/types";
import type { CellValue } from "../sheet-spec";
import { isBlankCell } from "../values";
import { registerById } from "../registers";
import { FORM_MESSAGES as M } from "./messages";
import { definedNameOf } from "./names";
import type { ImportEntry } from "./plan";
import { identifyForm, readFormFields, type FormWorkbook } from "./read";
import type { FormDef } from "./types";

const registerName = (r: RegisterDef, lang: Lang): string => (lang === "zh-CN" ? r.sheet : `${r.en} (${r.sheet})`);
const formName = (f: FormDef, lang: Lang): string => (lang === "zh-CN" ? f.title : `${f.en} (${f.title})`);

/**
 * The entries of one file for `register`: a form of that register gives one entry; a sheet of its rows gives one per
 * row; anything else one entry carrying the reason (not a form, a form of another register, a field not found).
 * `expected` narrows forms to one kind (the CLI's --form).
 */
export function entriesOfFile(
  file: string,
  book: FormWorkbook,
  register: RegisterDef,
  lang: Lang,
  expected?: FormDef,
): ImportEntry[] {
  const found = identifyForm(book);
  const fail = (code: string, message: string): ImportEntry[] => [
    { file, fields: new Map(), problems: [{ field: "", code, severity: "error", message }] },
  ];
  if (found) {
    if (
      found.form.register !== register.id ||
      (expected && expected.id !== found.form.id && expected.register !== found.form.register)
    ) {
      return fail(
        "form/other-kind",
        translate(M, lang, "otherKind", {
          file,
          found: formName(found.form, lang),
          expected: expected ? formName(expected, lang) : registerName(register, lang),
          register: registerName(register, lang),
        }),
      );
    }
    const reads = readFormFields(book, found.form, register, found.sheet);
    const fields = new Map<string, CellValue>();
    const cells = new Map<string, string>();
    const problems: ImportEntry["problems"] = [];
    for (const r of reads) {
      if (r.cell === null) {
        problems.push({
          field: r.header,
          code: "form/field-missing",
          severity: "error",
          message: translate(M, lang, "fieldMissing", { file, field: r.header, name: definedNameOf(r.header) }),
        });
        continue;
      }
      fields.set(r.header, r.raw);
      cells.set(r.header, r.cell);
    }
    return [{ file, form: found.form.title, fields, cells, problems }];
  }
  for (const sheet of book.sheets) {
    const rec = recognizeSheet(sheet.name, sheet.values, [register]);
    if (!rec || rec.missing.length > 0) continue;
    const out: ImportEntry[] = [];
    for (let r = rec.headerRow; r < sheet.values.length; r++) {
      const row = sheet.values[r] ?? [];
      if (row.every((v) => isBlankCell(v))) continue;
      const fields = new Map<string, CellValue>();
      const cells = new Map<string, string>();
      for (const [h, k] of Object.entries(rec.mapping)) {
        fields.set(h, row[k] ?? null);
        cells.set(h, `${columnLetter(k)}${r + 1}`);
      }
      out.push({ file, row: r + 1, fields, cells, problems: [] });
    }
    if (out.length === 0) return fail("form/empty", translate(M, lang, "emptyFile", { file }));
    return out;
  }
  return fail("form/not-a-form", translate(M, lang, "notAForm", { file, register: registerName(register, lang) }));
}

/** The register a batch goes into: the --form's, else that of the first file that is a form. */
export function registerOfBatch(books: readonly FormWorkbook[], expected?: FormDef): RegisterDef | null {
  if (expected) return registerById(expected.register) ?? null;
  for (const b of books) {
    const found = identifyForm(b);
    if (found) return registerById(found.form.register) ?? null;
  }
  return null;
}
