/**
 * 表单 (issue #15) on the Excel fake: the keys of the selected 报销台账 row, 生成表单 for it (a new workbook), then filled forms picked through the multi-file input —
 * a bad one blocks the batch in the preview; the good ones alone are imported at the foot of 报销台账.
 */
import { buildFormSheet, formByName, type FormDef } from "../../src/core/forms";
import { parseIso } from "../../src/core/dates";
import { translate, type Lang } from "../../src/core/i18n";
import { registerById, type RegisterDef } from "../../src/core/registers";
import type { CellValue } from "../../src/core/sheet-spec";
import { FORMS_PAGE_MESSAGES } from "../../src/taskpane/pages/forms/messages";
import { formWorkbookBytes } from "../../src/xlsx/forms";
import {
  assert,
  confirmWrite,
  expectText,
  fakeRow,
  fakeSheetNames,
  openPage,
  PINNED_DAY,
  registersFake,
  settled,
} from "./pane";
import type { E2eCase } from "./runner";
import { CLAIMS } from "./seed";

interface FakeWindow {
  excelFake: { current: { userSelect(sheet: string, address: string): void; createdWorkbooks: string[] } };
}

const fm = (lang: Lang, key: keyof typeof FORMS_PAGE_MESSAGES, p?: Record<string, string | number>) =>
  translate(FORMS_PAGE_MESSAGES, lang, key, p);
const FORM = formByName("报销申请表") as FormDef;
const REGISTER = registerById("reimbursements") as RegisterDef;

async function filled(key: string, amount: CellValue): Promise<Buffer> {
  const values = new Map<string, CellValue>([
    ["报销单号", key],
    ["申请人", "陈静"],
    ["部门", "教务处"],
    ["费用类别", "办公费"],
    ["费用发生日期", parseIso("2026-11-16") as number],
    ["提交日期", parseIso("2026-11-17") as number],
    ["金额(元)", amount],
    ["发票张数", 1],
    ["付款申请", "否"],
    ["审批人", "杨磊"],
  ]);
  return Buffer.from(await formWorkbookBytes([buildFormSheet(FORM, REGISTER, {}, values)]));
}

export const formsCase: E2eCase = {
  name: "表单: 取选中的行 → 生成表单 opens the form as a new workbook; filled forms through the file input → preview (one bad file blocks all) → 导入 appends the rows",
  async run(env) {
    const lang: Lang = "zh-CN";
    const page = await env.openPane({ fake: registersFake(lang), query: PINNED_DAY });
    const panel = await openPage(page, "forms", lang);

    // The rows come from the selection: the person selects some cells of BX-2026-0301's row on 报销台账.
    let keyRow = 0;
    for (let r = 2; r < 20 && keyRow === 0; r++) if ((await fakeRow(page, CLAIMS, r))[0] === "BX-2026-0301") keyRow = r;
    assert(keyRow > 0, "BX-2026-0301 is not in the seed");
    await page.evaluate(
      ([sheet, at]) => (window as unknown as FakeWindow).excelFake.current.userSelect(sheet as string, at as string),
      [CLAIMS, `C${keyRow}:E${keyRow}`] as const,
    );
    await panel.getByRole("button", { name: fm(lang, "fromSelection"), exact: true }).click();
    await expectText(panel, fm(lang, "selectionKeys", { sheet: CLAIMS, n: 1 }));
    const typed = await panel.getByLabel(fm(lang, "keys")).inputValue();
    assert(typed === "BX-2026-0301", `keys from the selection: ${typed}`);

    // ExcelApi 1.8 and later: the form opens as a new workbook; this one gets no sheet.
    const sheetsBefore = await fakeSheetNames(page);
    // A new workbook leaves this one untouched: no write preview.
    await panel.getByRole("button", { name: fm(lang, "generate"), exact: true }).click();
    await settled(panel);
    await expectText(panel, fm(lang, "generatedNewWorkbook", { n: 1, sheets: "报销申请表-BX-2026-0301" }));
    const created = await page.evaluate(() => (window as unknown as FakeWindow).excelFake.current.createdWorkbooks);
    assert(created.length === 1 && created[0]?.startsWith("UEs") === true, `workbooks created: ${created.length}`);
    const names = await fakeSheetNames(page);
    assert(names.join() === sheetsBefore.join(), `sheets after 生成表单: ${names.join(", ")}`);

    const input = panel.getByLabel(fm(lang, "files"));
    const good1 = {
      name: "报销申请表-BX-2026-0390.xlsx",
      mimeType: "application/octet-stream",
      buffer: await filled("BX-2026-0390", 45),
    };
    const good2 = {
      name: "报销申请表-BX-2026-0391.xlsx",
      mimeType: "application/octet-stream",
      buffer: await filled("BX-2026-0391", 66.5),
    };
    const bad = {
      name: "报销申请表-坏.xlsx",
      mimeType: "application/octet-stream",
      buffer: await filled("BX-2026-0392", "三百元"),
    };
    await input.setInputFiles([good1, bad, good2]);
    await settled(panel);
    const table = panel.getByRole("table", { name: fm(lang, "preview", { sheet: CLAIMS }) });
    await expectText(table, "报销申请表-坏.xlsx");
    await expectText(table, "金额(元) [B6]");
    await expectText(panel, fm(lang, "blockedErrors"));
    const importButton = panel.getByRole("button", { name: fm(lang, "import"), exact: true });
    assert(await importButton.isDisabled(), "导入 is enabled although one file has an error");

    await input.setInputFiles([good1, good2]);
    await settled(panel);
    await expectText(panel, fm(lang, "summary", { append: 2, skip: 0, conflict: 0, error: 0 }));
    await importButton.click();
    const importPreview = await confirmWrite(page, lang);
    assert(importPreview.includes(CLAIMS), `the import's preview does not list ${CLAIMS}:\n${importPreview}`);
    await settled(panel);
    await expectText(panel, fm(lang, "imported", { sheet: CLAIMS, append: 2, updated: 0, skip: 0 }));
    const keys: unknown[] = [];
    for (let r = 2; r < 20; r++) keys.push((await fakeRow(page, CLAIMS, r))[0]);
    const at = keys.indexOf("BX-2026-0390");
    assert(
      at >= 0 &&
        keys[at + 1] === "BX-2026-0391" &&
        keys.slice(at + 2).every((k) => k === null || k === "" || k === undefined),
      `报销台账 keys after import: ${JSON.stringify(keys)}`,
    );
    const row = await fakeRow(page, CLAIMS, at + 2);
    assert(row[6] === 45 && row[4] === parseIso("2026-11-16"), `imported row: ${JSON.stringify(row)}`);
  },
};
