/** `ledger survey` on real export files: the JSON contract, --into with the register and 满意度汇总, privacy, bad input. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { XlsxWorkbook } from "../../src/xlsx/workbook";

const FIXTURES = path.join(__dirname, "../fixtures/survey");
let dir: string;

function fakeIo(cwd: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), today: () => "2026-11-22", cwd };
}

async function run(args: string[]) {
  const io = fakeIo(dir);
  const code = await runCli(["survey", ...args], io);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "ledger-survey-"));
  for (const f of fs.readdirSync(FIXTURES)) fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, f));
  const wb = XlsxWorkbook.create();
  await wb.ensureSheets([{ name: "说明", columns: [{ header: "台账", width: 10 }], ifExists: "keep" }]);
  await wb.save(path.join(dir, "台账.xlsx"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// 6 respondents × 5 items + 6 identity answers + 5 multi-select + 3 comments = 44 register rows.
// Hand-computed from wjx-按文本-utf8.csv (6 respondents).
// 2、效率: 5,4,3,5,(跳过),4 → n 5, mean 4.2, SD √((91 − 5·4.2²)/4) = √0.7 = 0.837, CI 4.2 ± 2.7764·0.83666/√5 → [3.16, 5.24], top-2 80.
// 5、总体: 5,4,3,5,2,4 → n 6, mean 3.833, SD √((95 − 6·3.8333²)/5) = 1.169, top-2 4/6 = 66.7.
const ITEM2 = {
  item: "2、您对综合办公室服务效率的满意度",
  scale: 5,
  n: 5,
  mean: 4.2,
  sd: 0.837,
  ci95: [3.16, 5.24],
  top2: 80,
  dist: { "1": 0, "2": 0, "3": 1, "4": 2, "5": 2 },
};

describe.each(["wjx-按文本-gbk.csv", "wjx-按文本-utf8.csv", "wjx-按文本-bom.csv"])("%s --json", (file) => {
  test("prints exactly the contract's keys with hand-computed values", async () => {
    const r = await run([file, "--json", "--name", "2026秋师生满意度"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json).slice(0, 9)).toEqual([
      "survey",
      "source",
      "respondents",
      "dropped",
      "items",
      "overall",
      "groups",
      "choices",
      "comments",
    ]);
    expect(json).toMatchObject({
      survey: "2026秋师生满意度",
      source: "wjx",
      respondents: 6,
      dropped: ["来源详情", "来自IP", "8、请留下您的手机号"],
    });
    expect(json.items[0]).toEqual(ITEM2);
    expect(json.items.map((i: { item: string }) => i.item)).toEqual([
      "2、您对综合办公室服务效率的满意度",
      "3、您对工作人员服务态度的满意度",
      "第4题(办事流程便捷)",
      "第4题(信息公开及时)",
      "5、总体而言，您对综合办公室的满意度",
    ]);
    expect(json.overall).toMatchObject({ item: "5、总体而言，您对综合办公室的满意度", mean: 3.833, top2: 66.7 });
    expect(json.items[4]).toMatchObject({ n: 6, mean: 3.833, sd: 1.169, top2: 66.7 });
    // 教师 4, 学生 2: both below 5, so neither shows a size or a statistic.
    expect(json.groups).toEqual([
      { by: "1、您的身份", value: "教师", n: null, suppressed: true, reason: "size" },
      { by: "1、您的身份", value: "学生", n: null, suppressed: true, reason: "size" },
    ]);
    expect(json.choices).toEqual([
      { item: "6、您最看重哪些方面？（多选）", options: { 办事效率: 3, 服务态度: 4, 信息公开: 2 } },
    ]);
    // The comment with an e-mail address is withheld: 3 of 4 answers count.
    expect(json.comments).toEqual([{ item: "7、您的意见和建议", count: 3 }]);
    expect(r.out).not.toMatch(/zhang@example|13800138000|10\.0\.0\./);
  });
});

test("the text report in English", async () => {
  const r = await run(["wjx-按文本-gbk.csv", "--lang", "en-US"]);
  expect(r.code).toBe(0);
  expect(r.out).toContain("Identity columns dropped: 来源详情、来自IP、8、请留下您的手机号");
  expect(r.out).toContain("n=5 mean 4.2 SD 0.837 95% CI [3.16, 5.24] top-2-box 80%");
});

test("Microsoft Forms .xlsx written by LibreOffice", async () => {
  const r = await run(["forms-export-libreoffice.xlsx", "--json", "--kind", "员工"]);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out);
  expect(json).toMatchObject({ source: "forms", respondents: 4, dropped: ["Email", "Name"] });
  // Overall 5,4,4,5 → 4.5, all ≥ 4.
  expect(json.overall).toMatchObject({ item: "Overall satisfaction", mean: 4.5, top2: 100 });
  expect(json.choices[0].options).toEqual({ Printing: 3, Meetings: 2, Reception: 1 });
  // Your role: Teacher 3, Admin 1 — both below 5.
  expect(json.groups.map((g: { value: string; suppressed: boolean }) => [g.value, g.suppressed])).toEqual([
    ["Teacher", true],
    ["Admin", true],
  ]);
});

test("Microsoft Forms .xlsx written by ExcelJS with date cells and Chinese headers", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow(["ID", "开始时间", "完成时间", "电子邮件", "名称", "您的部门", "服务效率", "总体满意度", "建议"]);
  const when = (d: number) => new Date(Date.UTC(2026, 10, d, 1, 0, 0));
  ws.addRow([1, when(2), when(2), "a@x.cn", "甲", "教务处", 5, 5, "很好"]);
  ws.addRow([2, when(3), when(3), "b@x.cn", "乙", "教务处", 3, 4, ""]);
  ws.addRow([3, when(4), when(4), "c@x.cn", "丙", "总务处", 4, 4, ""]);
  await wb.xlsx.writeFile(path.join(dir, "forms-exceljs.xlsx"));
  const r = await run(["forms-exceljs.xlsx", "--json", "--no-groups"]);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out);
  expect(json).toMatchObject({ source: "forms", respondents: 3, dropped: ["电子邮件", "名称"], groups: [] });
  expect(json.overall).toMatchObject({ item: "总体满意度", mean: 4.333, top2: 100 });
});

describe("--into: the register, 满意度汇总, the input untouched, nothing identifying written", () => {
  const input = () => path.join(dir, "台账.xlsx");
  let before: Buffer;
  beforeAll(() => {
    before = fs.readFileSync(input());
  });

  test("stores the responses, writes the protected summary with a stacked-bar chart", async () => {
    const r = await run([
      "wjx-按文本-gbk.csv",
      "--into",
      "台账.xlsx",
      "-o",
      "out1.xlsx",
      "--name",
      "2026秋师生满意度",
      "--kpi",
      "K07",
    ]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("满意度调查：新增 44 行");
    expect(r.out).toContain("K07 本次调查：3.83（6 人）");
    expect(fs.readFileSync(input()).equals(before)).toBe(true);
    const wb = await XlsxWorkbook.fromFile(path.join(dir, "out1.xlsx"), { readOnly: true });
    const [reg, sum] = await wb.readSheets(["满意度调查", "满意度汇总"]);
    expect(reg?.values[0]).toEqual([
      "调查名称",
      "类型",
      "答卷编号",
      "提交时间",
      "题目",
      "题型",
      "分值",
      "量表",
      "答案",
      "总体题",
      "来源",
    ]);
    expect(reg?.values[1]).toEqual([
      "2026秋师生满意度",
      "师生",
      "1",
      "2026-10-08 09:01",
      "2、您对综合办公室服务效率的满意度",
      "评分",
      5,
      5,
      null,
      "否",
      "wjx",
    ]);
    expect(sum?.values[0]?.[0]).toBe("满意度汇总 — 2026秋师生满意度（师生）");
    expect(sum?.values[2]?.[0]).toBe("导入时已删除的身份信息列：来源详情、来自IP、8、请留下您的手机号");
    expect(sum?.values[4]?.slice(0, 7)).toEqual(["2、您对综合办公室服务效率的满意度", 0, 0, 20, 40, 40, 5]);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "out1.xlsx")));
    const chart = await zip.file("xl/charts/chart1.xml")?.async("string");
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(chart).toContain('<c:overlap val="100"/>');
  });

  test("identity leak: no dropped value appears in any part of the written package", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "out1.xlsx")));
    const leaks = ["10.0.0.1", "上海-上海", "wjx.cn/vj", "13800138000", "13911112222", "zhang@example.com"];
    const parts = Object.values(zip.files).filter((f) => !f.dir);
    expect(parts.length).toBeGreaterThan(10);
    for (const part of parts) {
      const text = await part.async("string");
      for (const leak of leaks)
        expect({ part: part.name, leak, found: text.includes(leak) }).toEqual({ part: part.name, leak, found: false });
    }
  });

  test("re-importing the same export changes nothing", async () => {
    const r = await run([
      "wjx-按文本-utf8.csv",
      "--into",
      "out1.xlsx",
      "-o",
      "out2.xlsx",
      "--name",
      "2026秋师生满意度",
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("新增 0 行，更新 0 行，44 行未变");
    const wb = await XlsxWorkbook.fromFile(path.join(dir, "out2.xlsx"), { readOnly: true });
    const [reg] = await wb.readSheets(["满意度调查"]);
    expect(reg?.values.length).toBe(45);
  });

  test("K07 in ledger kpi comes from the survey for a period with responses, from KPI目标 otherwise", async () => {
    const io = fakeIo(dir);
    expect(await runCli(["kpi", "out1.xlsx", "--period", "2026Q4", "--json"], io)).toBe(0);
    const k07 = JSON.parse(io.stdout.join("")).kpis.find((k: { id: string }) => k.id === "K07");
    expect(k07).toMatchObject({ actual: 3.83, n: 6, status: "not-met" });
    expect(k07.notes[0]).toContain("由满意度调查台账计算：2026秋师生满意度，6 人");
    const io2 = fakeIo(dir);
    await runCli(["kpi", "out1.xlsx", "--period", "2026Q3", "--json"], io2);
    const q3 = JSON.parse(io2.stdout.join("")).kpis.find((k: { id: string }) => k.id === "K07");
    expect(q3.actual).toBeNull();
    expect(JSON.stringify(q3)).toContain("KPI目标");
  });

  test("a failed import writes nothing", async () => {
    fs.writeFileSync(path.join(dir, "mixed.csv"), "序号,2、满意度\n1,非常满意\n2,很满意\n");
    const r = await run(["mixed.csv", "--into", "台账.xlsx", "-o", "never.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("B 列“2、满意度”混用了两种量表");
    expect(fs.existsSync(path.join(dir, "never.xlsx"))).toBe(false);
  });

  test("-o is checked as refresh checks it: never the --into workbook or a link to it, never an existing file without --force", async () => {
    const before = fs.readFileSync(path.join(dir, "台账.xlsx"));
    const same = await run(["wjx-按文本-gbk.csv", "--into", "台账.xlsx", "-o", "台账.xlsx"]);
    expect(same.code).toBe(2);
    expect(same.err).toContain("就是输入文件");
    fs.symlinkSync(path.join(dir, "台账.xlsx"), path.join(dir, "link.xlsx"));
    expect((await run(["wjx-按文本-gbk.csv", "--into", "台账.xlsx", "-o", "link.xlsx", "--force"])).code).toBe(2);
    fs.writeFileSync(path.join(dir, "exists.xlsx"), "mine");
    const exists = await run(["wjx-按文本-gbk.csv", "--into", "台账.xlsx", "-o", "exists.xlsx"]);
    expect(exists.code).toBe(2);
    expect(exists.err).toContain("--force");
    expect(fs.readFileSync(path.join(dir, "exists.xlsx"), "utf8")).toBe("mine");
    expect(fs.readFileSync(path.join(dir, "台账.xlsx")).equals(before)).toBe(true);
  });
});

test("问卷星 按序号: the mapping is shown until accepted, then kept in 参数设置 评分映射", async () => {
  const shown = await run(["wjx-按序号.csv", "--into", "台账.xlsx", "-o", "pos.xlsx"]);
  expect(shown.code).toBe(2);
  expect(shown.err).toContain("序号1=5；序号2=4；序号3=3；序号4=2；序号5=1");
  expect(fs.existsSync(path.join(dir, "pos.xlsx"))).toBe(false);
  const ok = await run(["wjx-按序号.csv", "--into", "台账.xlsx", "-o", "pos.xlsx", "--accept-mapping", "--json"]);
  expect(ok.code).toBe(0);
  // Positions 1,2,3 → 5,4,3: mean 4. Overall 1,2,2 → 5,4,4.
  expect(JSON.parse(ok.out).items[0]).toMatchObject({ n: 3, mean: 4 });
  expect(JSON.parse(ok.out).overall).toMatchObject({ mean: 4.333 });
  const wb = await XlsxWorkbook.fromFile(path.join(dir, "pos.xlsx"), { readOnly: true });
  const [params] = await wb.readSheets(["参数设置"]);
  expect(params?.values.find((r) => r[0] === "评分映射")?.[1]).toBe("序号1=5；序号2=4；序号3=3；序号4=2；序号5=1");
});

describe("bad input: one located message in the chosen language, exit 2", () => {
  test.each([
    ["empty.csv", "", "zh-CN", "empty.csv：文件是空的"],
    [
      "head.csv",
      "序号,2、满意度\n",
      "en-US",
      "head.csv, sheet 'head': row 1 is the header, but no responses follow it",
    ],
    [
      "text.csv",
      "序号,建议\n1,多开窗口\n2,延长时间\n",
      "en-US",
      "text.csv, sheet 'text': no scored question column (header on row 1)",
    ],
    [
      "nohead.csv",
      "1,非常满意,满意\n2,满意,一般\n",
      "zh-CN",
      "nohead.csv，工作表“nohead”：前 5 行找不到表头（第 1 行看起来已是答案",
    ],
  ])("%s", async (file, content, lang, message) => {
    fs.writeFileSync(path.join(dir, file), content);
    const r = await run([file, "--lang", lang]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  test("unknown encoding", async () => {
    fs.writeFileSync(path.join(dir, "bin.csv"), Buffer.from([0x80, 0xff, 0x00, 0x01, 0x81, 0xfe]));
    const r = await run(["bin.csv", "--lang", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("bin.csv: the text encoding is not recognised");
  });
});
