/**
 * Forms (issue #15). (1) Import 200 filled 报销申请表 files into a register workbook: read each (values and defined
 * names), plan (validation of the register as it would be) and write; target < 5 s. Peer: reading each file with
 * ExcelJS and walking every cell, which is what reading by hand would cost before any checking. (2) Export 200 register
 * rows to 200 form files; target < 5 s.
 */
import ExcelJS from "exceljs";
import { applyFormImport, filledForms, planFormImport, type FormFile } from "../src/app/forms";
import { loadContext } from "../src/app/load-context";
import { parseIso } from "../src/core/dates";
import { buildFormSheet, formByName, type FormDef } from "../src/core/forms";
import { registerById, type RegisterDef } from "../src/core/registers";
import type { CellValue } from "../src/core/sheet-spec";
import { workbookTemplateSpecs } from "../src/core/templates";
import { readFormWorkbook } from "../src/xlsx/external-files";
import { filledFormFiles, formWorkbookBytes } from "../src/xlsx/forms";
import { XlsxWorkbook } from "../src/xlsx/workbook";
import { round1, timeMsAsync, type BenchEntry } from "./harness";

const N = 200;
const FORM = formByName("报销申请表") as FormDef;
const REGISTER = registerById("reimbursements") as RegisterDef;
const day = (iso: string) => parseIso(iso) as number;

function claim(i: number): CellValue[] {
  return [
    `BX-2026-${String(i).padStart(4, "0")}`,
    `员工${i % 37}`,
    "教务处",
    "办公费",
    day("2026-11-02") + (i % 10),
    day("2026-11-03") + (i % 10),
    100 + (i % 300),
    1 + (i % 3),
    "否",
    "杨磊",
    null,
    "待审批",
  ];
}

async function registerBytes(rows: number): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.ensureSheets(workbookTemplateSpecs(["reimbursements"]));
  if (rows > 0)
    await wb.writeBlocks([
      { sheet: "报销台账", row: 2, column: 1, values: Array.from({ length: rows }, (_, i) => claim(i + 1)) },
    ]);
  return wb.toBuffer();
}

async function formFiles(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const out: { name: string; bytes: Uint8Array }[] = [];
  const headers = REGISTER.columns.map((c) => c.header);
  for (let i = 0; i < N; i++) {
    const row = claim(1000 + i);
    const values = new Map(headers.map((h, k) => [h, row[k] ?? null] as const));
    out.push({
      name: `报销申请表-${i}.xlsx`,
      bytes: await formWorkbookBytes([buildFormSheet(FORM, REGISTER, {}, values)]),
    });
  }
  return out;
}

export const formsImportBench: BenchEntry = {
  name: "forms: import 200 filled forms",
  async run() {
    const files = await formFiles();
    const register = await registerBytes(50);
    let appended = 0;
    const ours = round1(
      await timeMsAsync(async () => {
        const wb = await XlsxWorkbook.fromBuffer(register);
        const ctx = await loadContext(wb);
        const read: FormFile[] = [];
        for (const f of files) {
          const r = await readFormWorkbook(f.name, f.bytes);
          read.push({ name: f.name, book: { sheets: r.sheets, names: r.names } });
        }
        const plan = planFormImport(ctx, REGISTER, read, { asOf: day("2026-11-20"), lang: "zh-CN", update: false });
        await applyFormImport(wb, plan);
        await wb.toBuffer();
        appended = plan.summary.append;
      }, 1),
    );
    const peer = round1(
      await timeMsAsync(async () => {
        let cells = 0;
        for (const f of files) {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(f.bytes as unknown as ArrayBuffer);
          wb.eachSheet((ws) =>
            ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, () => void cells++)),
          );
        }
        if (cells === 0) throw new Error("peer read nothing");
      }, 1),
    );
    return {
      name: this.name,
      unit: "ms",
      ours,
      peer,
      peerName: "ExcelJS read + walk every cell, no checks",
      ratio: Math.round((peer / ours) * 100) / 100,
      target: "< 5000 ms",
      pass: ours < 5000 && appended === N,
      details: { files: N, appended },
    };
  },
};

export const formsExportBench: BenchEntry = {
  name: "forms: export 200 rows to forms",
  async run() {
    const register = await registerBytes(N);
    let written = 0;
    const ours = round1(
      await timeMsAsync(async () => {
        const ctx = await loadContext(await XlsxWorkbook.fromBuffer(register, { readOnly: true }));
        const t = ctx.tables.get("reimbursements");
        if (!t) throw new Error("no 报销台账");
        const forms = filledForms(
          ctx,
          FORM,
          t,
          Array.from({ length: N }, (_, i) => i),
          "zh-CN",
        );
        written = (await filledFormFiles(forms.map((f) => f.sheet))).filter((b) => b.length > 0).length;
      }, 1),
    );
    return {
      name: this.name,
      unit: "ms",
      ours,
      target: "< 5000 ms",
      pass: ours < 5000 && written === N,
      details: { files: written },
    };
  },
};
