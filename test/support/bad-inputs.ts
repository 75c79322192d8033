/**
 * The bad-input corpus (issue #12 §5): every kind of file a school might hand the `ledger` commands that is corrupt,
 * hostile, written by another program or full of awkward user content, with what each command must do with it.
 * `scripts/make-bad-inputs.ts` writes the files into test/fixtures/bad-inputs/ (checked in, small); the test
 * test/cli/bad-inputs.test.ts runs every relevant command on each in both languages.
 *
 * Expectations marked `tightens` are owned by the package-patching writer's work (files-writer: openpyxl packages,
 * LibreOffice-saved files, 1904 dates, zip bombs, uncached formulas, damaged parts, column XFD): today they assert
 * only what must already hold (no JavaScript error text, exit 2 or a located message, the input unchanged). When that
 * work lands, replace the loose exit sets with the exact codes and locations.
 */
import JSZip from "jszip";
import { XlsxWorkbook } from "../../src/xlsx/workbook";
import { REGISTERS } from "../../src/core/registers";
import { ymdToSerial } from "../../src/core/dates";
import type { CellValue } from "../../src/core/sheet-spec";

export type WorkbookCommand = "check" | "deadlines" | "kpi" | "refresh";
export type HolidayCommand = "workday" | "networkdays" | "calendar";

/** Where a finding must be reported: the sheet, the Excel row and the canonical column, with its issue code. */
export interface Located {
  sheet: string;
  row: number;
  column: string;
  code: string;
}

export interface BadInput {
  /** File name in test/fixtures/bad-inputs/ (kept short; some are Chinese, as school files are). */
  file: string;
  what: string;
  build(): Promise<Uint8Array>;
  /** Every workbook command refuses the file with exit 2 and a message naming it (not a workbook, damaged …). */
  unreadable?: boolean;
  /** `check`: allowed exit codes (default [0]) and findings that must be in the report, in zh-CN and en-US. */
  check?: { exit: number[]; at?: Located[] };
  /** Allowed exit codes of the other workbook commands when they differ from the defaults (deadlines 0/1, kpi 0, refresh 0). */
  exits?: Partial<Record<WorkbookCommand, number[]>>;
  /** The file holds a usable 节假日调整 sheet (calendar commands then exit 0); otherwise they exit 2 naming the file. */
  holidays?: { exit: number[]; at?: { sheet: string; row: number }[] };
  /** Owned by the package-patching writer: expectations are the floor described above, to be tightened. */
  tightens?: string;
}

const STAMP = new Date(Date.UTC(2026, 0, 1));
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

async function workbook(sheets: Record<string, CellValue[][]>): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create({ timestamp: STAMP });
  const names = Object.keys(sheets);
  await wb.ensureSheets(names.map((name) => ({ name, columns: [], ifExists: "keep" as const })));
  await wb.writeBlocks(
    names
      .filter((n) => (sheets[n] as CellValue[][]).length > 0)
      .map((sheet) => ({ sheet, row: 1, column: 1, values: pad(sheets[sheet] as CellValue[][]) })),
  );
  return wb.toBuffer();
}

/** Rows of equal length (a block is rectangular). */
function pad(rows: CellValue[][]): CellValue[][] {
  const w = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<CellValue>(w - r.length).fill(null)]);
}

const INCOMING = "收文登记簿";
const HEAD = [
  "收文编号",
  "收文日期",
  "来文单位",
  "文件标题",
  "密级",
  "份数",
  "办理部门",
  "办理期限",
  "状态",
  "办结日期",
];
const d = (y: number, m: number, day: number): number => ymdToSerial(y, m, day);
const GOOD: CellValue[] = [
  "SW-2026-001",
  d(2026, 11, 2),
  "区教育局",
  "关于开展安全检查的通知",
  "公开",
  2,
  "教务处",
  d(2026, 11, 20),
  "办理中",
  null,
];
const GOOD2: CellValue[] = [
  "SW-2026-002",
  d(2026, 11, 3),
  "市教委",
  "关于报送统计表的通知",
  "内部",
  1,
  "总务处",
  null,
  "已登记",
  null,
];

/** 收文登记簿 with the good rows and then `rows`, each given as header → value over a good row. */
function incoming(...rows: Record<string, CellValue>[]): Record<string, CellValue[][]> {
  const extra = rows.map((r, k) =>
    HEAD.map((h, c) =>
      h in r ? (r[h] as CellValue) : c === 0 ? `SW-2026-1${String(k).padStart(2, "0")}` : (GOOD[c] as CellValue),
    ),
  );
  return { [INCOMING]: [HEAD, GOOD, GOOD2, ...extra] };
}

/** A finding on the first added row (Excel row 4) of 收文登记簿. */
const at4 = (column: string, code: string): Located => ({ sheet: INCOMING, row: 4, column, code });
const cellCase = (
  file: string,
  what: string,
  row: Record<string, CellValue>,
  column: string,
  code: string,
  exit = 1,
): BadInput => ({
  file,
  what,
  build: () => workbook(incoming(row)),
  check: { exit: [exit], at: [at4(column, code)] },
});

/** A zip of the given parts, entries dated like the rest of the corpus so the bytes are reproducible. */
async function zip(
  parts: Record<string, string | Uint8Array>,
  options: { compression?: "STORE" | "DEFLATE" } = {},
): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, data] of Object.entries(parts)) z.file(name, data, { date: STAMP });
  return z.generateAsync({ type: "uint8array", compression: options.compression ?? "DEFLATE" });
}

const CT_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** A cell as openpyxl-like writers do it: inline strings, numbers, booleans, optional formula without a cached value. */
function cellXml(ref: string | null, v: CellValue | { f: string; v?: number }): string {
  const r = ref ? ` r="${ref}"` : "";
  if (v === null) return ref ? "" : "<c/>";
  if (typeof v === "object") return `<c${r}><f>${esc(v.f)}</f>${v.v === undefined ? "" : `<v>${v.v}</v>`}</c>`;
  if (typeof v === "number") return `<c${r}><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c${r} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c${r} t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
}

const colName = (c: number): string => {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

interface RawSheet {
  name: string;
  rows: (CellValue | { f: string; v?: number })[][];
  /** Write no `r` attributes (minimal writers omit them). */
  noRefs?: boolean;
  /** Replace the sheet XML entirely (damaged parts). */
  xml?: string;
  /** Leave the sheet's part out of the package (the workbook still lists it). */
  missing?: boolean;
}

/** A minimal package: no styles part, no shared strings, inline strings; options for what other writers do. */
async function rawPackage(
  sheets: RawSheet[],
  options: { absoluteTargets?: boolean; date1904?: boolean; extra?: Record<string, string | Uint8Array> } = {},
): Promise<Uint8Array> {
  const parts: Record<string, string | Uint8Array> = {};
  let ct = CT_HEAD;
  let rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`;
  let wbSheets = "";
  sheets.forEach((s, k) => {
    const n = k + 1;
    ct += `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
    rels += `<Relationship Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${options.absoluteTargets ? "/xl/" : ""}worksheets/sheet${n}.xml"/>`;
    wbSheets += `<sheet name="${esc(s.name)}" sheetId="${n}" r:id="rId${n}"/>`;
    if (s.missing) return;
    const rowsXml = s.rows
      .map(
        (row, i) =>
          `<row${s.noRefs ? "" : ` r="${i + 1}"`}>${row.map((v, c) => cellXml(s.noRefs ? null : `${colName(c)}${i + 1}`, v)).join("")}</row>`,
      )
      .join("");
    parts[`xl/worksheets/sheet${n}.xml`] =
      s.xml ??
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowsXml}</sheetData></worksheet>`;
  });
  parts["[Content_Types].xml"] = `${ct}</Types>`;
  parts["_rels/.rels"] = ROOT_RELS;
  parts["xl/_rels/workbook.xml.rels"] = `${rels}</Relationships>`;
  parts["xl/workbook.xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `${options.date1904 ? `<workbookPr date1904="1"/>` : ""}<sheets>${wbSheets}</sheets></workbook>`;
  return zip({ ...parts, ...(options.extra ?? {}) });
}

const RAW_INCOMING: RawSheet = { name: INCOMING, rows: [HEAD, GOOD, GOOD2] };

/** An OLE compound file header followed by a stream name (what sniffing looks at), padded to a sector. */
function oleFile(streamName: string): Uint8Array {
  const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const name: number[] = [];
  for (const ch of streamName) name.push(ch.charCodeAt(0), 0);
  const out = new Uint8Array(1024);
  out.set(head, 0);
  out.set(name, 512);
  return out;
}

const HOLIDAY = "节假日调整";
const HOLIDAY_HEAD = ["日期", "类型", "说明"];

/** Register sheets with every canonical header of the register and one row of values from `row`. */
function register(id: string, row: Record<string, CellValue>): Record<string, CellValue[][]> {
  const r = REGISTERS.find((x) => x.id === id);
  if (!r) throw new Error(`no register ${id}`);
  const headers = r.columns.map((c) => c.header);
  return { [r.sheet]: [headers, headers.map((h) => (h in row ? (row[h] as CellValue) : null))] };
}

const BASE_ROWS: Record<string, Record<string, CellValue>> = {
  "outgoing-documents": {
    发文编号: "F1",
    文件标题: "关于召开家长会的通知",
    申请部门: "综合办",
    申请日期: "2026-03-03",
    密级: "内部",
  },
  meetings: { 会议编号: "M1", 会议主题: "部门周会", 会议日期: "2026-03-13", 主持人: "张主任" },
  visitors: { 来访编号: "V1", 来访日期: "2026-03-03", 来访人: "李先生", 来访事由: "咨询招生", 接待人: "王文员" },
  reimbursements: {
    报销单号: "B1",
    申请人: "张老师",
    部门: "教务处",
    费用类别: "办公费",
    费用发生日期: "2026-03-03",
    提交日期: "2026-03-04",
    "金额(元)": 300,
    审批人: "赵会计",
  },
  purchases: {
    采购单号: "P1",
    申请部门: "教务处",
    申请日期: "2026-03-03",
    物品名称: "A4纸",
    类型: "耗材",
    数量: 10,
    "单价(元)": 25,
  },
  stock: { 日期: "2026-03-03", 物品编码: "A4", 物品名称: "A4纸", 单位: "包", 入库数量: 10 },
  assets: {
    资产编号: "Z1",
    资产名称: "台式电脑",
    规格型号: "X1",
    购置日期: "2024-05-01",
    存放地点: "101室",
    使用部门: "教务处",
    负责人: "张老师",
  },
  archives: {
    档号: "D1",
    题名: "2010年工作总结",
    归档类别: "行政管理类",
    保管期限: "短期",
    年度: 2010,
    归档日期: "2011-01-10",
    纸质存放位置: "柜1",
  },
  rectifications: {
    问题编号: "Q1",
    来源: "师生反映",
    问题描述: "走廊灯不亮",
    发现日期: "2026-03-03",
    责任部门: "总务处",
    完成时限: "2026-03-20",
    状态: "待分派",
  },
  feedback: { 编号: "FB1", 接收时间: "2026-03-03 09:00", 类别: "建议类", 内容: "增加饮水机" },
  training: { 员工姓名: "张三", 培训名称: "服务礼仪", 培训日期: "2026-03-03" },
  communications: { 信息编号: "C1", 信息标题: "停水通知", 优先级: "常规", 产生时间: "2026-03-03 09:00" },
  coordination: {
    事项编号: "X1",
    事项: "运动会筹备",
    牵头部门: "综合办",
    开始日期: "2026-03-03",
    完成时限: "2026-03-20",
    验收标准: "方案定稿",
  },
  resolutions: { 决议编号: "R1", 决议事项: "更新值班表", 责任部门: "教务处", 完成时限: "2026-04-01", 状态: "进行中" },
};

/** One bad cell (or rule break) in another register's only data row (Excel row 2). */
function otherRegister(
  file: string,
  id: string,
  change: Record<string, CellValue>,
  column: string,
  code: string,
  exit = 1,
): BadInput {
  const r = REGISTERS.find((x) => x.id === id) as (typeof REGISTERS)[number];
  return {
    file,
    what: `${r.sheet}: ${Object.entries(change)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(", ")}`,
    build: () => workbook(register(id, { ...BASE_ROWS[id], ...change })),
    check: { exit: [exit], at: [{ sheet: r.sheet, row: 2, column, code }] },
  };
}

const LONG = "很长的标题".repeat(41); // 205 characters, over the 200 limit

export const BAD_INPUTS: BadInput[] = [
  // ── Not a workbook at all ─────────────────────────────────────────────────────────────────────────────────────────
  { file: "empty.xlsx", what: "a zero-byte file", build: async () => new Uint8Array(0), unreadable: true },
  {
    file: "text.xlsx",
    what: "plain text named .xlsx",
    build: async () => enc("收文编号,收文日期\nSW-1,2026-01-01\n"),
    unreadable: true,
  },
  {
    file: "csv-named-xlsx.xlsx",
    what: "a CSV export with an .xlsx name",
    build: async () => enc("\ufeff收文编号,来文单位\r\nSW-1,区教育局\r\n"),
    unreadable: true,
  },
  {
    file: "utf16.xlsx",
    what: "UTF-16 text",
    build: async () => new Uint8Array([0xff, 0xfe, 0x36, 0x65, 0x87, 0x65]),
    unreadable: true,
  },
  {
    file: "html-export.xls",
    what: "an HTML table saved as .xls by a web system",
    build: async () => enc("<html><body><table><tr><td>收文编号</td></tr></table></body></html>"),
    unreadable: true,
  },
  {
    file: "png.xlsx",
    what: "a PNG picture",
    build: async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    unreadable: true,
  },
  {
    file: "pdf.xlsx",
    what: "a PDF",
    build: async () => enc("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"),
    unreadable: true,
  },
  {
    file: "gzip.xlsx",
    what: "a gzip stream",
    build: async () => new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    unreadable: true,
  },
  { file: "ff-bytes.xlsx", what: "4 KB of 0xFF", build: async () => new Uint8Array(4096).fill(0xff), unreadable: true },
  { file: "zero-bytes.xlsx", what: "4 KB of zero bytes", build: async () => new Uint8Array(4096), unreadable: true },
  {
    file: "legacy.xls",
    what: "an old binary .xls (OLE compound file with a Workbook stream)",
    build: async () => oleFile("Workbook"),
    unreadable: true,
  },
  {
    file: "legacy-named-xlsx.xlsx",
    what: "an old .xls renamed to .xlsx",
    build: async () => oleFile("Book"),
    unreadable: true,
  },
  {
    file: "encrypted.xlsx",
    what: "a password-protected workbook (OLE with EncryptionInfo)",
    build: async () => oleFile("EncryptionInfo"),
    unreadable: true,
  },
  {
    file: "word.xlsx",
    what: "an OLE file that is not a workbook (a .doc)",
    build: async () => oleFile("WordDocument"),
    unreadable: true,
  },
  {
    file: "docx.xlsx",
    what: "a Word .docx package",
    build: () => zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }),
    unreadable: true,
  },
  {
    file: "ods.xlsx",
    what: "an OpenDocument spreadsheet renamed",
    build: () =>
      zip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office:document-content/>" }),
    unreadable: true,
  },
  {
    file: "plain-zip.xlsx",
    what: "a zip of photos",
    build: () => zip({ "photo.txt": "not a picture" }),
    unreadable: true,
  },
  {
    file: "empty-zip.xlsx",
    what: "an empty zip archive",
    build: async () => new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]),
    unreadable: true,
  },
  {
    file: "zip-header-only.xlsx",
    what: "a zip local header and nothing more",
    build: async () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
    unreadable: true,
  },
  {
    file: "truncated-half.xlsx",
    what: "a workbook cut in half (a copy interrupted)",
    build: async () => {
      const b = await workbook(incoming());
      return b.slice(0, b.length >> 1);
    },
    unreadable: true,
  },
  {
    file: "truncated-tail.xlsx",
    what: "a workbook without its last 100 bytes (central directory cut)",
    build: async () => {
      const b = await workbook(incoming());
      return b.slice(0, b.length - 100);
    },
    unreadable: true,
  },
  {
    file: "content-types-only.xlsx",
    what: "a package with only [Content_Types].xml",
    build: () => zip({ "[Content_Types].xml": CT_HEAD + "</Types>" }),
    unreadable: true,
  },
  {
    file: "no-workbook-part.xlsx",
    what: "xl/ parts without xl/workbook.xml",
    build: () =>
      zip({
        "[Content_Types].xml": CT_HEAD + "</Types>",
        "_rels/.rels": ROOT_RELS,
        "xl/worksheets/sheet1.xml": "<worksheet/>",
      }),
    unreadable: true,
  },
  {
    file: "bad-workbook-xml.xlsx",
    what: "xl/workbook.xml that is not XML",
    build: () =>
      zip({
        "[Content_Types].xml": CT_HEAD + "</Types>",
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": "这不是XML <<<",
      }),
    check: { exit: [0, 2] },
    exits: { deadlines: [0, 2], kpi: [0, 2], refresh: [0, 2] },
    tightens: "damaged parts: 工作簿已损坏 naming xl/workbook.xml (today it reads as a workbook without sheets)",
  },
  {
    file: "名称 含空格.xlsx",
    what: "a Chinese file name with a space, holding plain text",
    build: async () => enc("hello"),
    unreadable: true,
  },

  // ── Workbooks with nothing to check ───────────────────────────────────────────────────────────────────────────────
  {
    file: "one-empty-sheet.xlsx",
    what: "a new workbook with one empty sheet",
    build: () => workbook({ Sheet1: [] }),
    check: { exit: [0] },
  },
  {
    file: "unrelated-sheet.xlsx",
    what: "a sheet of something else (a timetable)",
    build: () =>
      workbook({
        课表: [
          ["节次", "周一", "周二"],
          [1, "语文", "数学"],
        ],
      }),
    check: { exit: [0] },
  },
  {
    file: "header-row-7.xlsx",
    what: "a register header below row 5 (not recognised)",
    build: () => workbook({ [INCOMING]: [[], [], [], [], [], [], HEAD, GOOD] }),
    check: { exit: [1], at: [{ sheet: INCOMING, row: 1, column: "收文日期", code: "fields/missing" }] },
  },
  {
    file: "header-only.xlsx",
    what: "a register with its header and no rows",
    build: () => workbook({ [INCOMING]: [HEAD] }),
    check: { exit: [0] },
  },
  {
    file: "only-settings.xlsx",
    what: "only settings sheets",
    build: () =>
      workbook({
        部门: [["部门"], ["教务处"]],
        参数设置: [
          ["参数", "值", "说明"],
          ["传阅时限(工作日)", 3, ""],
        ],
      }),
    check: { exit: [0] },
  },
  {
    file: "blank-rows-then-data.xlsx",
    what: "rows below 25 blank rows are still read",
    build: () =>
      workbook({
        [INCOMING]: [
          HEAD,
          GOOD,
          ...Array.from({ length: 25 }, () => [] as CellValue[]),
          ["SW-2026-001", d(2026, 11, 5), "区教育局", "重复编号", "公开", 1, "教务处"],
        ],
      }),
    check: { exit: [1], at: [{ sheet: INCOMING, row: 28, column: "收文编号", code: "cell/unique" }] },
  },

  // ── Header problems ───────────────────────────────────────────────────────────────────────────────────────────────
  {
    file: "missing-required-column.xlsx",
    what: "收文登记簿 without 份数",
    build: () =>
      workbook({ [INCOMING]: [HEAD.filter((h) => h !== "份数"), GOOD.filter((_v, i) => HEAD[i] !== "份数")] }),
    check: { exit: [1], at: [{ sheet: INCOMING, row: 1, column: "份数", code: "fields/missing" }] },
  },
  {
    file: "duplicate-column.xlsx",
    what: "two 来文单位 columns",
    build: () =>
      workbook({
        [INCOMING]: [
          [...HEAD, "来文单位"],
          [...GOOD, "市教委"],
        ],
      }),
    check: { exit: [0, 1], at: [{ sheet: INCOMING, row: 1, column: "来文单位", code: "fields/duplicate" }] },
  },
  {
    file: "traditional-headers.xlsx",
    what: "headers in traditional characters (收文編號)",
    build: () =>
      workbook({
        [INCOMING]: [
          HEAD.map((h) => h.replace("编号", "編號").replace("单位", "單位").replace("办理", "辦理")),
          GOOD,
          GOOD,
        ],
      }),
    check: { exit: [1], at: [{ sheet: INCOMING, row: 3, column: "收文编号", code: "cell/unique" }] },
  },
  {
    file: "starred-headers.xlsx",
    what: "required headers marked 收文编号* and （必填）",
    build: () =>
      workbook({ [INCOMING]: [HEAD.map((h, i) => (i < 3 ? `${h}*` : i === 3 ? `${h}（必填）` : h)), GOOD, GOOD] }),
    check: { exit: [1], at: [{ sheet: INCOMING, row: 3, column: "收文编号", code: "cell/unique" }] },
  },
  {
    file: "title-rows-above.xlsx",
    what: "a merged title and a blank row above the header",
    build: () => workbook({ [INCOMING]: [["2026年收文登记簿"], [], HEAD, GOOD, GOOD] }),
    check: { exit: [1], at: [{ sheet: INCOMING, row: 5, column: "收文编号", code: "cell/unique" }] },
  },
  {
    file: "numeric-headers.xlsx",
    what: "a header row of numbers and booleans",
    build: () =>
      workbook({
        数据: [
          [1, 2, true, null],
          [3, 4, false, "x"],
        ],
      }),
    check: { exit: [0] },
  },

  // ── Cell content in 收文登记簿 ──────────────────────────────────────────────────────────────────────────────────────
  cellCase("dup-key.xlsx", "a repeated 收文编号", { 收文编号: "SW-2026-001" }, "收文编号", "cell/unique"),
  cellCase(
    "dup-key-fullwidth.xlsx",
    "a full-width twin of a key (ＳＷ－２０２６－００１)",
    { 收文编号: "ＳＷ－２０２６－００１" },
    "收文编号",
    "cell/unique",
  ),
  cellCase(
    "dup-key-spaces.xlsx",
    "a key repeated with spaces around it",
    { 收文编号: "  SW-2026-002 " },
    "收文编号",
    "cell/unique",
  ),
  cellCase("blank-required.xlsx", "a blank 来文单位", { 来文单位: null }, "来文单位", "cell/required"),
  cellCase(
    "space-only-required.xlsx",
    "来文单位 holding only ideographic spaces",
    { 来文单位: "\u3000\u3000" },
    "来文单位",
    "cell/required",
  ),
  cellCase(
    "nbsp-only-required.xlsx",
    "文件标题 holding a non-breaking space",
    { 文件标题: "\u00a0" },
    "文件标题",
    "cell/required",
  ),
  cellCase(
    "zero-width-required.xlsx",
    "文件标题 holding a zero-width space",
    { 文件标题: "\u200b" },
    "文件标题",
    "cell/required",
  ),
  cellCase("date-text-bad.xlsx", "收文日期 = 明天", { 收文日期: "明天" }, "收文日期", "cell/type"),
  cellCase("date-feb-30.xlsx", "收文日期 = 2026-02-30", { 收文日期: "2026-02-30" }, "收文日期", "cell/type"),
  cellCase("date-month-13.xlsx", "收文日期 = 2026/13/01", { 收文日期: "2026/13/01" }, "收文日期", "cell/type"),
  cellCase(
    "date-small-number.xlsx",
    "收文日期 = 4 (a count typed into a date column)",
    { 收文日期: 4 },
    "收文日期",
    "cell/minimum",
    0,
  ),
  cellCase(
    "date-serial-60.xlsx",
    "收文日期 = serial 60 (1900-02-29 in Excel)",
    { 收文日期: 60 },
    "收文日期",
    "cell/minimum",
    0,
  ),
  cellCase(
    "date-1949.xlsx",
    "收文日期 = 1949-12-31 (before the plausible floor)",
    { 收文日期: "1949-12-31" },
    "收文日期",
    "cell/minimum",
    0,
  ),
  cellCase("date-negative.xlsx", "收文日期 = -5", { 收文日期: -5 }, "收文日期", "cell/type"),
  cellCase("date-huge.xlsx", "收文日期 = 1e10 (past 9999-12-31)", { 收文日期: 1e10 }, "收文日期", "cell/type"),
  cellCase("date-boolean.xlsx", "收文日期 = TRUE", { 收文日期: true }, "收文日期", "cell/type"),
  cellCase("date-excel-error.xlsx", "收文日期 = #REF!", { 收文日期: "#REF!" }, "收文日期", "cell/type"),
  cellCase("int-text.xlsx", "份数 = 两份", { 份数: "两份" }, "份数", "cell/type"),
  cellCase("int-fraction.xlsx", "份数 = 1.5", { 份数: 1.5 }, "份数", "cell/type"),
  cellCase("int-zero.xlsx", "份数 = 0", { 份数: 0 }, "份数", "cell/minimum"),
  cellCase("int-negative.xlsx", "份数 = -3", { 份数: -3 }, "份数", "cell/minimum"),
  cellCase("int-1e308.xlsx", "份数 = 1e308", { 份数: 1e308 }, "份数", "cell/maximum"),
  cellCase(
    "int-date-cell.xlsx",
    "份数 holding a date cell (46,266 = 2026-08-31)",
    { 份数: d(2026, 8, 31) },
    "份数",
    "cell/maximum",
  ),
  cellCase("int-sci-text.xlsx", "份数 = '1E3' typed as text", { 份数: "1E3" }, "份数", "cell/type"),
  cellCase("int-div0.xlsx", "份数 = #DIV/0!", { 份数: "#DIV/0!" }, "份数", "cell/type"),
  cellCase("int-na.xlsx", "份数 = #N/A", { 份数: "#N/A" }, "份数", "cell/type"),
  cellCase("text-true.xlsx", "来文单位 = TRUE (a yes/no cell)", { 来文单位: true }, "来文单位", "cell/type"),
  cellCase("text-false.xlsx", "来文单位 = FALSE", { 来文单位: false }, "来文单位", "cell/type"),
  cellCase("text-error.xlsx", "来文单位 = #NAME?", { 来文单位: "#NAME?" }, "来文单位", "cell/type"),
  cellCase("title-too-long.xlsx", "文件标题 of 205 characters", { 文件标题: LONG }, "文件标题", "cell/maxLength"),
  cellCase("enum-bad.xlsx", "状态 = 处理中 (not a status)", { 状态: "处理中" }, "状态", "cell/enum"),
  cellCase("enum-secret-bad.xlsx", "密级 = 绝密 (not in 密级列表)", { 密级: "绝密" }, "密级", "cell/enum"),
  cellCase("enum-number.xlsx", "状态 = 3", { 状态: 3 }, "状态", "cell/enum"),
  cellCase(
    "status-needs-date.xlsx",
    "状态 = 已办结 without 办结日期",
    { 状态: "已办结" },
    "办结日期",
    "row/status-needs-date",
  ),
  cellCase("date-order.xlsx", "办结日期 before 收文日期", { 办结日期: d(2026, 10, 1) }, "办结日期", "row/date-order"),
  {
    file: "emoji-and-rtl.xlsx",
    what: "emoji, right-to-left and combining characters in text",
    build: () => workbook(incoming({ 来文单位: "区教育局👍", 文件标题: "عربى اختبار e\u0301" })),
    check: { exit: [0] },
  },
  {
    file: "control-chars.xlsx",
    what: "line breaks and tabs inside text cells",
    build: () => workbook(incoming({ 文件标题: "关于\r\n开学\t的通知" })),
    check: { exit: [0] },
  },
  {
    file: "long-text.xlsx",
    what: "a 32,767-character 备注 (Excel's cell limit)",
    build: () =>
      workbook({
        [INCOMING]: [
          [...HEAD, "备注"],
          [...GOOD, "备".repeat(32767)],
        ],
      }),
    check: { exit: [0] },
  },
  {
    file: "placeholder-text.xlsx",
    what: "text that looks like a template placeholder ({col} {value})",
    build: () => workbook(incoming({ 来文单位: "{col}", 状态: "{value}" })),
    check: { exit: [1], at: [at4("状态", "cell/enum")] },
  },
  {
    file: "formula-text.xlsx",
    what: "text that looks like a formula (=SUM(A1))",
    build: () =>
      rawPackage([{ name: INCOMING, rows: [HEAD, GOOD, [...GOOD2.slice(0, 2), "=SUM(A1)", ...GOOD2.slice(3)]] }]),
    check: { exit: [0] },
  },
  {
    file: "totals-row.xlsx",
    what: "a 合计 row under the register",
    build: () => workbook({ [INCOMING]: [HEAD, GOOD, GOOD2, ["合计", null, null, null, null, 3]] }),
    check: { exit: [0] },
  },
  {
    file: "sum-row.xlsx",
    what: "an unlabelled row of sums (=SUM) under the register",
    build: () => workbook({ [INCOMING]: [HEAD, GOOD, GOOD2, [null, null, null, null, null, 3]] }),
    check: { exit: [0] },
  },
  {
    file: "ragged-rows.xlsx",
    what: "rows of different lengths and a value far to the right",
    build: () => workbook({ [INCOMING]: [HEAD, GOOD.slice(0, 7), [...GOOD2, null, null, null, null, "旁注"]] }),
    check: { exit: [0] },
  },
  {
    file: "many-errors.xlsx",
    what: "200 rows, each with a bad 份数",
    build: () =>
      workbook({
        [INCOMING]: [
          HEAD,
          ...Array.from({ length: 200 }, (_v, k) => [
            `SW-${k}`,
            d(2026, 11, 2),
            "区教育局",
            "通知",
            "公开",
            "x",
            "教务处",
          ]),
        ],
      }),
    check: { exit: [1], at: [{ sheet: INCOMING, row: 201, column: "份数", code: "cell/type" }] },
  },
  {
    file: "hidden-register.xlsx",
    what: "a register on a sheet renamed with spaces ( 收文登记簿 )",
    build: () => workbook({ " 收文登记簿 ": [HEAD, GOOD, GOOD] }),
    check: { exit: [0, 1] },
  },
  {
    file: "two-registers.xlsx",
    what: "two register sheets with one bad cell each",
    build: () =>
      workbook({ ...incoming({ 份数: "x" }), ...register("visitors", { ...BASE_ROWS["visitors"], 人数: 0 }) }),
    check: {
      exit: [1],
      at: [at4("份数", "cell/type"), { sheet: "来访登记", row: 2, column: "人数", code: "cell/minimum" }],
    },
  },

  // ── Other registers ───────────────────────────────────────────────────────────────────────────────────────────────
  otherRegister("money-1e308.xlsx", "reimbursements", { "金额(元)": 1e308 }, "金额(元)", "cell/maximum"),
  otherRegister("money-3-decimals.xlsx", "reimbursements", { "金额(元)": "12.345" }, "金额(元)", "cell/type"),
  otherRegister("money-negative.xlsx", "reimbursements", { "金额(元)": -20 }, "金额(元)", "cell/minimum"),
  otherRegister("money-chinese.xlsx", "reimbursements", { "金额(元)": "壹佰元" }, "金额(元)", "cell/type"),
  otherRegister("money-european.xlsx", "reimbursements", { "金额(元)": "12,50" }, "金额(元)", "cell/type"),
  otherRegister("invoices-date-cell.xlsx", "reimbursements", { 发票张数: d(2026, 3, 3) }, "发票张数", "cell/maximum"),
  otherRegister("reimb-date-order.xlsx", "reimbursements", { 提交日期: "2026-03-01" }, "提交日期", "row/date-order"),
  otherRegister("purchase-amount.xlsx", "purchases", { "金额(元)": 999 }, "金额(元)", "row/amount"),
  otherRegister("quantity-zero.xlsx", "purchases", { 数量: 0 }, "数量", "cell/minimum"),
  otherRegister("quantity-1e308.xlsx", "purchases", { 数量: 1e308 }, "数量", "cell/maximum"),
  otherRegister("stock-two-movements.xlsx", "stock", { 出库数量: 5 }, "出库数量", "row/one-movement"),
  otherRegister("asset-future.xlsx", "assets", { 购置日期: "2099-01-01" }, "购置日期", "cell/maximum"),
  otherRegister("archive-year.xlsx", "archives", { 年度: 1800 }, "年度", "cell/minimum"),
  otherRegister("archive-retention.xlsx", "archives", { 保管期限: "五年" }, "保管期限", "cell/enum"),
  otherRegister("percent-150.xlsx", "resolutions", { 进度: 150 }, "进度", "cell/maximum"),
  otherRegister("percent-text.xlsx", "resolutions", { 进度: "一半" }, "进度", "cell/type"),
  otherRegister("visitors-count-text.xlsx", "visitors", { 人数: "三人" }, "人数", "cell/type"),
  otherRegister("bool-maybe.xlsx", "visitors", { 当场解决: "也许" }, "当场解决", "cell/type"),
  otherRegister("time-25h.xlsx", "meetings", { 开始时间: "25:10" }, "开始时间", "cell/type"),
  otherRegister("datetime-bad.xlsx", "feedback", { 接收时间: "昨天上午" }, "接收时间", "cell/type"),
  otherRegister(
    "datetime-order.xlsx",
    "feedback",
    { 核实联系时间: "2026-03-03 08:00" },
    "核实联系时间",
    "row/date-order",
  ),
  otherRegister("list-boolean.xlsx", "meetings", { 参会人员: true }, "参会人员", "cell/type"),
  otherRegister("coordination-order.xlsx", "coordination", { 完成时限: "2026-03-01" }, "完成时限", "row/date-order"),
  otherRegister("rectification-source.xlsx", "rectifications", { 来源: "路人" }, "来源", "cell/enum"),
  otherRegister(
    "communications-review.xlsx",
    "communications",
    { 发布时间: "2026-03-03 10:00" },
    "审核人",
    "row/review",
  ),
  otherRegister("training-pass.xlsx", "training", { 是否合格: "是", 笔试结果: "不合格" }, "笔试结果", "row/pass"),
  otherRegister("outgoing-copies-date.xlsx", "outgoing-documents", { 份数: d(2026, 1, 5) }, "份数", "cell/maximum"),

  // ── Settings sheets ───────────────────────────────────────────────────────────────────────────────────────────────
  {
    file: "staff-onduty-maybe.xlsx",
    what: "人员名单 with 在岗 = 也许",
    build: () =>
      workbook({
        ...incoming(),
        人员名单: [
          ["姓名", "部门", "岗位", "在岗"],
          ["张三", "教务处", "文员", "也许"],
        ],
      }),
    check: { exit: [1], at: [{ sheet: "人员名单", row: 2, column: "在岗", code: "cell/type" }] },
  },
  {
    file: "staff-no-name.xlsx",
    what: "人员名单 with a row without 姓名",
    build: () =>
      workbook({
        ...incoming(),
        人员名单: [
          ["姓名", "部门"],
          [null, "教务处"],
        ],
      }),
    check: { exit: [1], at: [{ sheet: "人员名单", row: 2, column: "姓名", code: "cell/required" }] },
  },
  {
    file: "department-not-listed.xlsx",
    what: "办理部门 not on the 部门 sheet",
    build: () => workbook({ ...incoming({ 办理部门: "外星办" }), 部门: [["部门"], ["教务处"], ["总务处"]] }),
    check: { exit: [1], at: [at4("办理部门", "cell/enum")] },
  },
  {
    file: "parameter-bad.xlsx",
    what: "参数设置 with 传阅时限(工作日) = 三天",
    build: () =>
      workbook({
        ...incoming(),
        参数设置: [
          ["参数", "值", "说明"],
          ["传阅时限(工作日)", "三天", ""],
        ],
      }),
    check: { exit: [0], at: [{ sheet: "参数设置", row: 2, column: "值", code: "setting/invalid" }] },
  },
  {
    file: "secret-list-empty.xlsx",
    what: "参数设置 with an empty 密级列表",
    build: () =>
      workbook({
        ...incoming(),
        参数设置: [
          ["参数", "值", "说明"],
          ["密级列表", "", ""],
        ],
      }),
    check: { exit: [0, 1] },
  },

  // ── 节假日调整 (also for the calendar commands' --holidays-sheet) ────────────────────────────────────────────────────
  {
    file: "holidays-good.xlsx",
    what: "a correct 节假日调整 sheet",
    build: () => workbook({ [HOLIDAY]: [HOLIDAY_HEAD, [d(2026, 12, 31), "放假", "校庆"]] }),
    check: { exit: [0] },
    holidays: { exit: [0] },
  },
  {
    file: "holidays-bad-date.xlsx",
    what: "节假日调整 with 日期 = 下周一",
    build: () => workbook({ [HOLIDAY]: [HOLIDAY_HEAD, ["下周一", "放假", ""]] }),
    check: { exit: [1], at: [{ sheet: HOLIDAY, row: 2, column: "日期", code: "cell/type" }] },
    holidays: { exit: [2], at: [{ sheet: HOLIDAY, row: 2 }] },
  },
  {
    file: "holidays-bad-kind.xlsx",
    what: "节假日调整 with 类型 = 补休",
    build: () => workbook({ [HOLIDAY]: [HOLIDAY_HEAD, [d(2026, 12, 31), "补休", ""]] }),
    check: { exit: [1], at: [{ sheet: HOLIDAY, row: 2, column: "类型", code: "cell/enum" }] },
    holidays: { exit: [2], at: [{ sheet: HOLIDAY, row: 2 }] },
  },
  {
    file: "holidays-no-header.xlsx",
    what: "节假日调整 without its header row",
    build: () => workbook({ [HOLIDAY]: [[d(2026, 12, 31), "放假", ""]] }),
    check: { exit: [0, 1] },
    holidays: { exit: [2] },
  },
  {
    file: "holidays-empty.xlsx",
    what: "an empty 节假日调整 sheet",
    build: () => workbook({ [HOLIDAY]: [] }),
    check: { exit: [0, 1] },
    holidays: { exit: [0, 2] },
  },

  // ── Written by other programs / the package-patching writer's territory (expectations tighten when it lands) ──────
  {
    file: "minimal-inline.xlsx",
    what: "a minimal package: inline strings, no styles part",
    build: () => rawPackage([{ ...RAW_INCOMING, rows: [...RAW_INCOMING.rows, GOOD] }]),
    check: { exit: [1, 2], at: [] },
    exits: { refresh: [0, 2] },
    tightens: "openpyxl/minimal packages: check exit 1 with cell/unique at row 4, refresh exit 0",
  },
  {
    file: "minimal-no-refs.xlsx",
    what: "a minimal package without r attributes",
    build: () => rawPackage([{ ...RAW_INCOMING, noRefs: true }]),
    check: { exit: [0, 2] },
    exits: { refresh: [0, 2] },
    tightens: "minimal packages: check exit 0, refresh exit 0",
  },
  {
    file: "openpyxl-absolute-targets.xlsx",
    what: "absolute relationship targets (/xl/worksheets/…), as openpyxl writes",
    build: () => rawPackage([RAW_INCOMING], { absoluteTargets: true }),
    check: { exit: [0, 2] },
    exits: { refresh: [0, 2] },
    tightens: "openpyxl packages: exit 0 everywhere",
  },
  {
    file: "date1904.xlsx",
    what: "a workbook in the 1904 date system",
    build: () => rawPackage([RAW_INCOMING], { date1904: true }),
    check: { exit: [0, 1, 2] },
    exits: { deadlines: [0, 1, 2], refresh: [0, 2] },
    tightens: "1904 dates: read 2026-11-02 as written",
  },
  {
    file: "uncached-formula.xlsx",
    what: "a formula with no cached result (openpyxl, pandas)",
    build: () => rawPackage([{ name: INCOMING, rows: [HEAD, [...GOOD.slice(0, 5), { f: "1+1" }, ...GOOD.slice(6)]] }]),
    check: { exit: [0, 1, 2] },
    exits: { refresh: [0, 2] },
    tightens: "uncached formulas: located 公式没有计算结果 at 份数 row 2, never 0",
  },
  {
    file: "missing-sheet-part.xlsx",
    what: "the workbook lists a sheet whose part is missing",
    build: () => rawPackage([{ ...RAW_INCOMING, missing: true }]),
    check: { exit: [2] },
    exits: { deadlines: [2], kpi: [2], refresh: [2] },
  },
  {
    file: "sheet-xml-cut.xlsx",
    what: "sheet XML cut in half",
    build: () =>
      rawPackage([
        {
          ...RAW_INCOMING,
          xml: `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>收文编号</t></is></c><c r="B1" t="inl`,
        },
      ]),
    check: { exit: [2] },
    exits: { deadlines: [2], kpi: [2], refresh: [2] },
  },
  {
    file: "bad-shared-strings.xlsx",
    what: "a corrupt shared-strings part",
    build: () =>
      rawPackage(
        [
          {
            name: INCOMING,
            rows: [],
            xml: `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>7</v></c></row></sheetData></worksheet>`,
          },
        ],
        { extra: { "xl/sharedStrings.xml": "<sst><si><t>收文编号</t></si><si><t" } },
      ),
    check: { exit: [2] },
    exits: { deadlines: [2], kpi: [2], refresh: [2] },
  },
  {
    file: "zip-bomb-small.xlsx",
    what: "a sheet part inflating 3,000 times (a small zip bomb)",
    build: () =>
      rawPackage([
        {
          ...RAW_INCOMING,
          xml: `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${" ".repeat(3_000_000)}</sheetData></worksheet>`,
        },
      ]),
    check: { exit: [0, 1, 2] },
    exits: { refresh: [0, 2] },
    tightens: "zip bombs: a documented limit and a clear refusal",
  },
  {
    file: "column-xfd.xlsx",
    what: "a value in column XFD (the last column)",
    build: () =>
      rawPackage([
        {
          name: INCOMING,
          rows: [],
          xml: `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>收文编号</t></is></c><c r="XFD1" t="inlineStr"><is><t>备注</t></is></c></row></sheetData></worksheet>`,
        },
      ]),
    check: { exit: [0, 1, 2] },
    exits: { refresh: [0, 2] },
    tightens: "XFD: handled or refused with a clear message",
  },
  {
    file: "libreoffice-demo.xlsx",
    what: "the demo workbook as LibreOffice saves it",
    build: async () => {
      const fs = await import("node:fs/promises");
      const path = await import("node:path");
      return new Uint8Array(await fs.readFile(path.join(__dirname, "../fixtures/libreoffice/台账-合并标题.xlsx")));
    },
    check: { exit: [0, 1] },
    exits: { refresh: [0] },
  },
  {
    file: "xlsm-named.xlsm",
    what: "a workbook with an .xlsm name (no macros inside)",
    build: () => workbook(incoming()),
    check: { exit: [0] },
  },
];
