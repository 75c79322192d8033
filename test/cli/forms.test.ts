/**
 * `ledger forms` end to end on files: export → fill → import, the all-or-nothing rule, idempotent re-import and
 * conflicts, bad inputs located as `ledger check` words them, forms re-saved by LibreOffice and forms whose defined
 * names a program dropped (read by their labels).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { CLAIMS, claimsWorkbook } from "../support/forms-fixture";

let dir: string;
const BAD = path.join(__dirname, "../fixtures/bad-inputs");

function fakeIo(cwd: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), today: () => "2025-11-20", cwd };
}

async function run(...args: string[]) {
  const io = fakeIo(dir);
  const code = await runCli(args, io);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

const p = (name: string) => path.join(dir, name);

/** Sets cells of a form file (by address) the way another program would: ExcelJS reads and re-writes the whole file. */
async function fill(from: string, to: string, cells: Record<string, ExcelJS.CellValue>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(p(from)) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0] as ExcelJS.Worksheet;
  for (const [ref, v] of Object.entries(cells)) ws.getCell(ref).value = v;
  fs.writeFileSync(p(to), new Uint8Array(await wb.xlsx.writeBuffer()));
}

async function registerRows(file: string): Promise<unknown[][]> {
  const wb = await XlsxWorkbook.fromFile(p(file), { readOnly: true });
  const values = (await wb.readSheets(["报销台账"]))[0]?.values ?? [];
  return values.slice(1).filter((r) => r.some((v) => v !== null && v !== ""));
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-forms-"));
  await (await claimsWorkbook(CLAIMS, { school: "示例中学" })).save(p("台账.xlsx"));
  await (await claimsWorkbook([])).save(p("空.xlsx"));
  const r = await run("forms", "export", "台账.xlsx", "--form", "报销申请表", "--rows", "2-4", "-o", "forms/");
  expect(r.code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const FILES = [
  "forms/报销申请表-BX-2025-001.xlsx",
  "forms/报销申请表-BX-2025-002.xlsx",
  "forms/报销申请表-BX-2025-003.xlsx",
];

describe("export", () => {
  test("one file per row, named <表单>-<编号>.xlsx, each input cell named and the sheet protected", async () => {
    expect(fs.readdirSync(p("forms")).sort()).toEqual(FILES.map((f) => path.basename(f)).sort());
    const zip = await JSZip.loadAsync(fs.readFileSync(p(FILES[0] as string)));
    const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(workbook).toContain('name="金额元"');
    expect(workbook).toContain('name="报销单号"');
    expect(workbook).toMatch(/_xlnm\.Print_Area/);
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(sheet).toContain("<sheetProtection");
    expect(sheet).toMatch(
      /<pageSetup[^>]*paperSize="9"[^>]*orientation="portrait"[^>]*fitToWidth="1"[^>]*fitToHeight="1"/,
    );
    expect(sheet).not.toContain("<pane");
  });

  test("one row to one file; several rows to a file is refused; unknown keys are named", async () => {
    expect(
      (await run("forms", "export", "台账.xlsx", "--form", "报销申请表", "--keys", "BX-2025-002", "-o", "one.xlsx"))
        .code,
    ).toBe(0);
    const wb = await XlsxWorkbook.fromFile(p("one.xlsx"), { readOnly: true });
    const values = (await wb.readSheets(["报销申请表"]))[0]?.values ?? [];
    expect(values[0]?.[0]).toBe("示例中学报销申请表");
    const many = await run("forms", "export", "台账.xlsx", "--form", "报销申请表", "--rows", "2-3", "-o", "two.xlsx");
    expect(many.code).toBe(2);
    expect(many.err).toContain("多行时 -o 须为文件夹");
    const unknown = await run(
      "forms",
      "export",
      "台账.xlsx",
      "--form",
      "报销申请表",
      "--keys",
      "BX-9",
      "-o",
      "x.xlsx",
      "--lang",
      "en-US",
    );
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("报销台账 has no rows with these keys: BX-9");
    expect(fs.existsSync(p("x.xlsx"))).toBe(false);
  });

  test("a blank template per form", async () => {
    for (const form of ["报销申请表", "请假单", "借阅单", "问题提报表"]) {
      const r = await run("forms", "template", form, "-o", `t-${form}.xlsx`);
      expect(r.code).toBe(0);
      const wb = await XlsxWorkbook.fromFile(p(`t-${form}.xlsx`), { readOnly: true });
      expect((await wb.listSheets()).map((s) => s.name)).toContain(form);
    }
    expect((await run("forms", "template", "报销单", "-o", "t.xlsx")).err).toContain("未知的表单“报销单”");
  });
});

describe("import", () => {
  test("three forms into an empty register: rows equal the originals, the table grows over them", async () => {
    const r = await run("forms", "import", "空.xlsx", ...FILES, "-o", "imported.xlsx", "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.register).toBe("reimbursements");
    expect(json.summary).toEqual({ append: 3, skip: 0, conflict: 0, error: 0, updated: 0 });
    expect(json.files[0]).toMatchObject({
      file: "报销申请表-BX-2025-001.xlsx",
      key: "BX-2025-001",
      action: "append",
      problems: [],
    });
    const rows = await registerRows("imported.xlsx");
    // The form holds every column but 审批完成日期 and 状态, which the office fills later.
    expect(rows.map((r) => r.slice(0, 10))).toEqual(CLAIMS.map((r) => r.slice(0, 10)));
    const zip = await JSZip.loadAsync(fs.readFileSync(p("imported.xlsx")));
    const tables = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => n.startsWith("xl/tables/"))
        .map((n) => zip.file(n)?.async("string")),
    );
    expect(tables.find((t) => t?.includes('name="Reimbursements"'))).toMatch(/ref="A1:L4"/);
    expect(fs.readFileSync(p("空.xlsx")).equals(fs.readFileSync(p("空.xlsx")))).toBe(true);
  });

  test("idempotent: the same forms again are skipped; a changed amount is a conflict written only with --update", async () => {
    const again = await run("forms", "import", "台账.xlsx", ...FILES, "-o", "again.xlsx", "--json");
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out).summary).toMatchObject({ append: 0, skip: 3 });
    await fill(FILES[1] as string, "changed.xlsx", { B6: 1300 });
    const conflict = await run(
      "forms",
      "import",
      "台账.xlsx",
      "changed.xlsx",
      FILES[0] as string,
      "-o",
      "conflict.xlsx",
      "--json",
    );
    expect(conflict.code).toBe(1);
    expect(fs.existsSync(p("conflict.xlsx"))).toBe(false);
    const json = JSON.parse(conflict.out);
    expect(json.files[0]).toMatchObject({ key: "BX-2025-002", action: "conflict", registerRow: 3 });
    expect(json.files[0].problems[0]).toMatchObject({ field: "金额(元)", code: "import/conflict", cell: "B6" });
    expect(json.files[0].problems[0].message).toBe(
      "BX-2025-002 已在报销台账第 3 行，但“金额(元)”不同：台账为“1280”，表单为“1300”",
    );
    const updated = await run("forms", "import", "台账.xlsx", "changed.xlsx", "-o", "updated.xlsx", "--update");
    expect(updated.code).toBe(0);
    expect(updated.out).toContain("冲突，按 --update 更新");
    const rows = await registerRows("updated.xlsx");
    expect(rows).toHaveLength(3);
    expect(rows[1]?.[6]).toBe(1300);
    // Columns the form does not hold keep the register's values.
    expect(rows[1]?.[11]).toBe("已审批");
  });

  test("all or nothing: one bad form among many writes nothing, and the problem is located as ledger check words it", async () => {
    await fill(FILES[0] as string, "bad-amount.xlsx", { B3: "BX-2025-100", B6: "三百元" });
    const good: string[] = [];
    for (let k = 0; k < 5; k++) {
      await fill(FILES[2] as string, `good-${k}.xlsx`, { B3: `BX-2025-2${k}0` });
      good.push(`good-${k}.xlsx`);
    }
    const r = await run("forms", "import", "台账.xlsx", ...good, "bad-amount.xlsx", "-o", "mixed.xlsx", "--json");
    expect(r.code).toBe(1);
    expect(fs.existsSync(p("mixed.xlsx"))).toBe(false);
    const json = JSON.parse(r.out);
    expect(json.summary).toMatchObject({ append: 5, error: 1 });
    const bad = json.files.find((f: { file: string }) => f.file === "bad-amount.xlsx");
    expect(bad.action).toBe("error");
    expect(bad.problems).toEqual([expect.objectContaining({ field: "金额(元)", code: "cell/type", cell: "B6" })]);
    // The same value in the register, checked by `ledger check`: the same words.
    const wb = await claimsWorkbook([
      [...(CLAIMS[0] as unknown[]).slice(0, 6), "三百元", ...(CLAIMS[0] as unknown[]).slice(7)] as never,
    ]);
    await wb.save(p("check-bad.xlsx"));
    const check = JSON.parse((await run("check", "check-bad.xlsx", "--json")).out);
    const issue = check.sheets
      .find((s: { sheet: string }) => s.sheet === "报销台账")
      .issues.find((i: { code: string }) => i.code === "cell/type");
    expect(bad.problems[0].message).toBe(issue.message);
    const text = await run("forms", "import", "台账.xlsx", ...good, "bad-amount.xlsx", "-o", "mixed.xlsx");
    expect(text.out).toContain("有文件存在错误，全部未导入");
  });

  test("a blank required field, full-width digits and a date typed 2025.11.3 are located per file", async () => {
    await fill(FILES[0] as string, "blank.xlsx", { B3: "BX-2025-300", B4: null });
    await fill(FILES[0] as string, "fullwidth.xlsx", { B3: "BX-2025-301", B6: "３２０．５" });
    await fill(FILES[0] as string, "dotted.xlsx", { B3: "BX-2025-302", D5: "2025.11.3", D3: "2025.11.5" });
    const r = await run(
      "forms",
      "import",
      "台账.xlsx",
      "blank.xlsx",
      "fullwidth.xlsx",
      "dotted.xlsx",
      "--dry-run",
      "--json",
    );
    const json = JSON.parse(r.out);
    const by = (f: string) => json.files.find((x: { file: string }) => x.file === f);
    expect(by("blank.xlsx")).toMatchObject({
      action: "error",
      problems: [expect.objectContaining({ field: "申请人", code: "cell/required", cell: "B4" })],
    });
    expect(r.code).toBe(1);
    // What the register accepts (full-width digits, 2025.11.3) is accepted here too, and written normalised.
    expect(by("fullwidth.xlsx").action).toBe("append");
    expect(by("dotted.xlsx").action).toBe("append");
    const ok = await run("forms", "import", "台账.xlsx", "fullwidth.xlsx", "dotted.xlsx", "-o", "normalised.xlsx");
    expect(ok.code).toBe(0);
    const rows = await registerRows("normalised.xlsx");
    expect(rows[3]?.[6]).toBe(320.5);
    expect(rows[4]?.[4]).toBe(45964); // 2025-11-03
  });

  test("bad files: not a form, another kind, password-protected, .xls — one message naming the file", async () => {
    await run("forms", "template", "采购申请表", "-o", "purchase.xlsx");
    fs.copyFileSync(path.join(BAD, "encrypted.xlsx"), p("locked.xlsx"));
    fs.copyFileSync(path.join(BAD, "legacy.xls"), p("old.xls"));
    const notForm = await run("forms", "import", "台账.xlsx", "空.xlsx", "--form", "报销申请表", "--dry-run", "--json");
    expect(notForm.code).toBe(1);
    // 空.xlsx holds an (empty) 报销台账: a list of rows, but without any.
    expect(JSON.parse(notForm.out).files[0].problems[0].code).toMatch(/^form\/(empty|not-a-form)$/);
    const other = await run(
      "forms",
      "import",
      "台账.xlsx",
      "purchase.xlsx",
      FILES[0] as string,
      "--form",
      "报销申请表",
      "--dry-run",
      "--json",
      "--lang",
      "en-US",
    );
    expect(other.code).toBe(1);
    expect(JSON.parse(other.out).files[0].problems[0]).toMatchObject({
      code: "form/other-kind",
      message:
        "purchase.xlsx: this is Purchase request (采购申请表), not Expense claim (报销申请表); it cannot go into Reimbursements (报销台账)",
    });
    const locked = await run("forms", "import", "台账.xlsx", "locked.xlsx", "-o", "l.xlsx");
    expect(locked.code).toBe(2);
    expect(locked.err).toContain("locked.xlsx");
    expect(locked.err).toContain("密码");
    const old = await run("forms", "import", "台账.xlsx", "old.xls", "-o", "l.xlsx", "--lang", "en-US");
    expect(old.code).toBe(2);
    expect(old.err).toContain("This is the old .xls format: old.xls");
    expect(fs.existsSync(p("l.xlsx"))).toBe(false);
    const sheet = new ExcelJS.Workbook();
    sheet.addWorksheet("随便").getCell("A1").value = "不是表单";
    fs.writeFileSync(p("random.xlsx"), new Uint8Array(await sheet.xlsx.writeBuffer()));
    const random = await run("forms", "import", "台账.xlsx", "random.xlsx", "--form", "报销申请表", "--dry-run");
    expect(random.code).toBe(1);
    expect(random.out).toContain("random.xlsx：不是表单，也不是报销台账的数据表");
  });

  test("a form whose defined names a program dropped is read by its labels", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(p(FILES[1] as string)));
    const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    zip.file("xl/workbook.xml", workbook.replace(/<definedName name="[^_][^"]*">[^<]*<\/definedName>/g, ""));
    fs.writeFileSync(p("no-names.xlsx"), await zip.generateAsync({ type: "uint8array" }));
    expect(((await zip.file("xl/workbook.xml")?.async("string")) ?? "").includes('name="金额元"')).toBe(false);
    const r = await run("forms", "import", "空.xlsx", "no-names.xlsx", "-o", "by-labels.xlsx");
    expect(r.code).toBe(0);
    expect((await registerRows("by-labels.xlsx"))[0]?.slice(0, 10)).toEqual(CLAIMS[1]?.slice(0, 10));
  });

  test("rows of a CSV go in like forms; en-US summary", async () => {
    const csv =
      "\ufeff报销单号,申请人,部门,费用类别,费用发生日期,提交日期,金额(元),审批人\r\nBX-2025-500,赵六,教务处,办公费,2025-11-12,2025-11-13,45,赵主任\r\nBX-2025-001,张三,教务处,办公费,2025-11-03,2025-11-05,320.50,王会计\r\n";
    fs.writeFileSync(p("rows.csv"), csv);
    fs.writeFileSync(
      p("formula.csv"),
      '报销单号,申请人,部门,费用类别,费用发生日期,提交日期,金额(元),审批人\r\nBX-2025-501,"=HYPERLINK(""http://x"")",教务处,办公费,2025-11-12,2025-11-13,45,赵主任\r\n',
    );
    const injected = await run("forms", "import", "台账.xlsx", "formula.csv", "--dry-run", "--json");
    expect(injected.code).toBe(1);
    expect(JSON.parse(injected.out).files[0]).toMatchObject({
      row: 2,
      action: "error",
      problems: [expect.objectContaining({ field: "申请人", code: "import/formula", cell: "B2" })],
    });
    const r = await run("forms", "import", "台账.xlsx", "rows.csv", "-o", "from-csv.xlsx", "--lang", "en-US");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Total: 1 to append, 1 skipped, 0 conflicts, 0 with errors");
    expect((await registerRows("from-csv.xlsx"))[3]?.slice(0, 7)).toEqual([
      "BX-2025-500",
      "赵六",
      "教务处",
      "办公费",
      45973,
      45974,
      45,
    ]);
  });
});

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((x) => fs.existsSync(x));
const withLibreOffice = soffice ? describe : describe.skip;
if (!soffice) console.log("LibreOffice not found: skipping the forms' LibreOffice round trip and PDF page count");

withLibreOffice("forms through LibreOffice", () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-forms-profile-"));
  afterAll(() => fs.rmSync(profile, { recursive: true, force: true }));
  const convert = (file: string, to: "xlsx" | "pdf", outdir: string) =>
    execFileSync(
      soffice as string,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", to, "--outdir", p(outdir), p(file)],
      { stdio: "pipe", timeout: 120_000 },
    );

  test("row → form → saved by LibreOffice → imported row equals the original", async () => {
    for (const f of FILES) convert(f, "xlsx", "lo");
    const r = await run(
      "forms",
      "import",
      "空.xlsx",
      ...FILES.map((f) => `lo/${path.basename(f)}`),
      "-o",
      "from-lo.xlsx",
      "--json",
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).summary).toMatchObject({ append: 3, error: 0 });
    expect((await registerRows("from-lo.xlsx")).map((row) => row.slice(0, 10))).toEqual(
      CLAIMS.map((row) => row.slice(0, 10)),
    );
    const zip = await JSZip.loadAsync(fs.readFileSync(p(`lo/${path.basename(FILES[0] as string)}`)));
    expect((await zip.file("xl/workbook.xml")?.async("string")) ?? "").toContain("金额元");
  }, 240_000);

  test("every form prints on one A4 page", async () => {
    const forms = [
      "报销申请表",
      "采购申请表",
      "发文申请表",
      "文件传阅单",
      "会议申请表",
      "会议通知",
      "问题提报表",
      "来访登记表",
      "请假单",
      "借阅单",
    ];
    for (const f of forms) expect((await run("forms", "template", f, "-o", `pdf-${f}.xlsx`, "--force")).code).toBe(0);
    for (const f of forms) convert(`pdf-${f}.xlsx`, "pdf", "pdf");
    for (const f of forms) {
      const pdf = fs.readFileSync(p(`pdf/pdf-${f}.pdf`)).toString("latin1");
      expect([f, (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length]).toEqual([f, 1]);
    }
  }, 300_000);
});
