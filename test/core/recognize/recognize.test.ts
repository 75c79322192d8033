import {
  recognitionNotes,
  recognizeSheet,
  recognizeWorkbook,
  toColumnMapping,
  unrecognizedMessage,
} from "../../../src/core/recognize";
import type { ColumnMapping } from "../../../src/core/recognize";
import type { ColumnDef, RegisterDef } from "../../../src/core/registers/types";
import { REGISTERS } from "../../../src/core/registers";

const text = { kind: "text" } as const;
const c = (header: string, opts: Partial<ColumnDef> = {}): ColumnDef => ({ header, en: header, type: text, ...opts });

// Small registers built here so these tests state exactly what recognition sees; catalogue.test.ts covers REGISTERS.
const incoming: RegisterDef = {
  id: "incoming",
  sheet: "收文登记簿",
  en: "Incoming documents",
  tableName: "Incoming",
  columns: [
    c("收文编号", { required: true, synonyms: ["编号", "收文号"], en: "Incoming no." }),
    c("收文日期", { required: true, synonyms: ["接收日期"], type: { kind: "date" } }),
    c("来文单位", { required: true }),
    c("文件标题", { required: true, synonyms: ["标题"] }),
    c("办理部门"),
    c("备注"),
  ],
  rules: [],
};
const purchases: RegisterDef = {
  id: "purchases",
  sheet: "采购台账",
  en: "Purchases",
  tableName: "Purchases",
  columns: [
    c("采购单号", { required: true }),
    c("物品名称", { required: true }),
    c("金额(元)", { type: { kind: "money" } }),
    c("单价(元)", { required: true }),
  ],
  rules: [],
};
// Shares every required column with `incoming` on purpose: the tie-breaks decide between them.
const incomingCopy: RegisterDef = { ...incoming, id: "incoming-copy", sheet: "收文副本" };
const registers = [incoming, purchases];

const HEADER = ["收文编号", "收文日期", "来文单位", "文件标题", "办理部门", "备注"];

describe("recognizeSheet", () => {
  it("maps canonical headers to their columns with a full score", () => {
    const r = recognizeSheet("Sheet1", [HEADER, ["S-1", 46023, "教育局", "通知", "办公室", ""]], registers);
    expect(r).not.toBeNull();
    expect(r?.register.id).toBe("incoming");
    expect(r?.headerRow).toBe(1);
    expect(r?.mapping).toEqual({ 收文编号: 0, 收文日期: 1, 来文单位: 2, 文件标题: 3, 办理部门: 4, 备注: 5 });
    expect(r?.score).toBe(1);
    expect(r?.missing).toEqual([]);
    expect(r?.missingOptional).toEqual([]);
    expect(r?.basis).toBe("headers");
  });

  it("reads traditional, starred, reordered headers next to extra columns", () => {
    const r = recognizeSheet(
      "收文",
      [["序号", "文件標題*", "來文單位", "收文編號（必填）", "收文日期＊", "经手人"]],
      registers,
    );
    expect(r?.register.id).toBe("incoming");
    expect(r?.mapping).toEqual({ 文件标题: 1, 来文单位: 2, 收文编号: 3, 收文日期: 4 });
    expect(r?.extra).toEqual([
      { text: "序号", column: 0, letter: "A" },
      { text: "经手人", column: 5, letter: "F" },
    ]);
    expect(r?.missingOptional).toEqual(["办理部门", "备注"]);
    // Required columns count double: (4 × 2 + 0) / (4 × 2 + 2).
    expect(r?.score).toBeCloseTo(0.8, 10);
  });

  it("finds the header on row 3 under a merged title and a blank row", () => {
    const values = [
      ["2026年收文登记簿", "", "", ""],
      ["", "", "", ""],
      ["编号", "接收日期", "来文单位", "标题"],
      ["S-1", 46023, "教育局", "通知"],
    ];
    const r = recognizeSheet("Sheet1", values, registers);
    expect(r?.headerRow).toBe(3);
    expect(r?.mapping).toEqual({ 收文编号: 0, 收文日期: 1, 来文单位: 2, 文件标题: 3 });
  });

  it("matches synonyms and treats full-width brackets as half-width", () => {
    const r = recognizeSheet("Sheet1", [["采购单号", "物品名称", "单价（元）", "金额（元）"]], registers);
    expect(r?.register.id).toBe("purchases");
    expect(r?.mapping).toEqual({ 采购单号: 0, 物品名称: 1, "单价(元)": 2, "金额(元)": 3 });
  });

  it("lets a plain header find the catalogue's header with a unit, but not a different unit", () => {
    const plain = recognizeSheet("Sheet1", [["采购单号", "物品名称", "单价", "金额"]], registers);
    expect(plain?.mapping).toEqual({ 采购单号: 0, 物品名称: 1, "单价(元)": 2, "金额(元)": 3 });
    const otherUnit = recognizeSheet("Sheet1", [["采购单号", "物品名称", "单价(元)", "金额(万元)"]], registers);
    expect(otherUnit?.mapping).toEqual({ 采购单号: 0, 物品名称: 1, "单价(元)": 2 });
    expect(otherUnit?.extra.map((e) => e.text)).toEqual(["金额(万元)"]);
  });

  it("reads a header with a bracketed note by the name before it, unless that name has a unit of its own", () => {
    const r = recognizeSheet(
      "Sheet1",
      [["收文编号", "收文日期（yyyy-mm-dd）", "来文单位(全称)", "文件标题", "单价(美元)"]],
      registers,
    );
    expect(r?.mapping).toEqual({ 收文编号: 0, 收文日期: 1, 来文单位: 2, 文件标题: 3 });
    expect(recognizeSheet("Sheet1", [["采购单号", "物品名称", "单价(美元)"]], registers)).toBeNull();
  });

  it("prefers an exact header over one read through its note", () => {
    const r = recognizeSheet("Sheet1", [["收文编号", "收文日期(旧)", "来文单位", "文件标题", "收文日期"]], registers);
    expect(r?.mapping["收文日期"]).toBe(4);
    expect(r?.duplicates).toEqual([]);
    expect(r?.extra.map((e) => e.text)).toEqual(["收文日期(旧)"]);
  });

  it("reports two columns of one field as a duplicate with both letters, reading the first", () => {
    const r = recognizeSheet("Sheet1", [["收文编号", "收文日期", "来文单位", "文件标题", "收文編號"]], registers);
    expect(r?.duplicates).toEqual([{ header: "收文编号", columns: [0, 4], letters: ["A", "E"] }]);
    expect(r?.mapping["收文编号"]).toBe(0);
  });

  it("prefers the canonical name over a synonym and leaves the synonym column as extra", () => {
    const r = recognizeSheet("Sheet1", [["编号", "收文日期", "来文单位", "文件标题", "收文编号"]], registers);
    expect(r?.mapping["收文编号"]).toBe(4);
    expect(r?.duplicates).toEqual([]);
    expect(r?.extra).toEqual([{ text: "编号", column: 0, letter: "A" }]);
  });

  it("recognises a sheet by its canonical name when headers fall short, listing what is missing", () => {
    const r = recognizeSheet(
      "收文登記簿",
      [
        ["2026年收文", ""],
        ["收文编号", "日期", "单位", "标题"],
      ],
      registers,
    );
    expect(r?.register.id).toBe("incoming");
    expect(r?.basis).toBe("sheet-name");
    expect(r?.headerRow).toBe(2);
    expect(r?.mapping).toEqual({ 收文编号: 0, 文件标题: 3 });
    expect(r?.missing).toEqual(["收文日期", "来文单位"]);
  });

  it("points a name-only recognition with no matching header at the row that looks like a header", () => {
    const r = recognizeSheet("收文登记簿", [["标题行"], [], ["号", "日子", "地方"]], registers);
    expect(r?.headerRow).toBe(3);
    expect(r?.missing).toEqual(["收文编号", "收文日期", "来文单位", "文件标题"]);
    expect(r?.extra.map((e) => e.letter)).toEqual(["A", "B", "C"]);
  });

  it("returns null for an unknown sheet, and for an empty one", () => {
    expect(
      recognizeSheet(
        "Sheet3",
        [
          ["姓名", "电话"],
          ["张三", "123"],
        ],
        registers,
      ),
    ).toBeNull();
    expect(recognizeSheet("Sheet3", [], registers)).toBeNull();
    expect(recognizeSheet("Sheet3", [[]], registers)).toBeNull();
  });

  it("recognises an empty sheet named like a register, with every required column missing", () => {
    const r = recognizeSheet("收文登记簿", [], registers);
    expect(r?.headerRow).toBe(1);
    expect(r?.missing).toEqual(["收文编号", "收文日期", "来文单位", "文件标题"]);
  });

  it("breaks a tie between equally matching registers by the sheet name, then by catalogue order", () => {
    const both = [incoming, incomingCopy];
    expect(recognizeSheet("收文副本", [HEADER], both)?.register.id).toBe("incoming-copy");
    expect(recognizeSheet("Sheet1", [HEADER], both)?.register.id).toBe("incoming");
    expect(recognizeSheet("Sheet1", [HEADER], [incomingCopy, incoming])?.register.id).toBe("incoming-copy");
  });

  it("prefers the register with the higher score when several have all their required columns", () => {
    const narrow: RegisterDef = {
      ...incoming,
      id: "narrow",
      sheet: "窄表",
      columns: incoming.columns.slice(0, 4).concat([c("其他1"), c("其他2"), c("其他3")]),
    };
    expect(recognizeSheet("Sheet1", [HEADER], [narrow, incoming])?.register.id).toBe("incoming");
  });

  it("reads only the first rows of a sheet whose used range reaches row 1,048,576", () => {
    const rows: (string[] | undefined)[] = new Array(1_048_576);
    rows[1_048_575] = HEADER;
    let deepest = -1;
    const watched = new Proxy(rows, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) deepest = Math.max(deepest, Number(key));
        return Reflect.get(target, key, receiver);
      },
    });
    expect(recognizeSheet("Sheet1", watched, registers)).toBeNull();
    expect(recognizeSheet("收文登记簿", watched, registers)?.missing).toHaveLength(4);
    expect(deepest).toBeLessThan(5);
  });
});

describe("confirmed mappings", () => {
  const values = [
    ["文号", "收到", "单位", "题目", "备注"],
    ["S-1", 46023, "教育局", "通知", ""],
  ];
  const confirmed: ColumnMapping = {
    register: "incoming",
    headerRow: 1,
    columns: {
      收文编号: { index: 0, header: "文号" },
      收文日期: { index: 1, header: "收到" },
      来文单位: { index: 2, header: "单位" },
      文件标题: { index: 3, header: "题目" },
    },
  };

  it("are honoured while the header texts at their columns are unchanged", () => {
    expect(recognizeSheet("Sheet1", values, registers)).toBeNull();
    const r = recognizeSheet("Sheet1", values, registers, confirmed);
    expect(r?.basis).toBe("confirmed");
    expect(r?.mapping).toEqual({ 收文编号: 0, 收文日期: 1, 来文单位: 2, 文件标题: 3 });
    expect(r?.missing).toEqual([]);
    expect(r?.extra).toEqual([{ text: "备注", column: 4, letter: "E" }]);
    expect(r?.staleConfirmation).toBe(false);
    // Only the header texts are compared, after normalisation.
    expect(recognizeSheet("Sheet1", [["文號 ", "收到*", "单位", "题目"]], registers, confirmed)?.basis).toBe(
      "confirmed",
    );
  });

  it("fall back to detection, flagged, when a header moved or changed", () => {
    const moved = [["收文编号", "收文日期", "来文单位", "文件标题", "文号"]];
    const r = recognizeSheet("Sheet1", moved, registers, confirmed);
    expect(r?.basis).toBe("headers");
    expect(r?.staleConfirmation).toBe(true);
    expect(r?.mapping["收文编号"]).toBe(0);
  });

  it("are ignored when they name an unknown register or hold malformed entries", () => {
    expect(recognizeSheet("Sheet1", values, registers, { ...confirmed, register: "nope" })).toBeNull();
    const broken = { ...confirmed, columns: { 收文编号: null } } as unknown as ColumnMapping;
    expect(recognizeSheet("Sheet1", values, registers, broken)).toBeNull();
    const twice = {
      ...confirmed,
      columns: { 收文编号: { index: 0, header: "文号" }, 文件标题: { index: 0, header: "文号" } },
    };
    expect(recognizeSheet("Sheet1", values, registers, twice)).toBeNull();
  });

  it("round-trip through toColumnMapping and JSON", () => {
    const detected = recognizeSheet("Sheet1", [["编号", "接收日期", "来文单位", "标题"]], registers);
    if (!detected) throw new Error("not recognised");
    const stored: ColumnMapping = JSON.parse(
      JSON.stringify(toColumnMapping(detected, [["编号", "接收日期", "来文单位", "标题"]])),
    );
    expect(stored.columns["收文编号"]).toEqual({ index: 0, header: "编号" });
    const again = recognizeSheet("Sheet1", [["编号", "接收日期", "来文单位", "标题"]], registers, stored);
    expect(again?.basis).toBe("confirmed");
    expect(again?.mapping).toEqual(detected.mapping);
  });
});

describe("recognizeWorkbook", () => {
  it("sorts sheets into recognised, settings and unrecognised, and lists stale confirmations", () => {
    const result = recognizeWorkbook(
      [
        { name: "收文登记簿", values: [HEADER] },
        { name: "参数设置", values: [["参数", "值", "说明"]] },
        { name: "列表", values: [["密级"]] },
        { name: "Sheet3", values: [["姓名"]] },
        { name: "采购", values: [["采购单号", "物品名称", "单价"]] },
      ],
      registers,
      { 采购: { register: "purchases", headerRow: 1, columns: { 采购单号: { index: 0, header: "单号" } } } },
    );
    expect(result.recognized.map((r) => [r.sheet, r.register.id])).toEqual([
      ["收文登记簿", "incoming"],
      ["采购", "purchases"],
    ]);
    expect(result.settings).toEqual(["参数设置", "列表"]);
    expect(result.unrecognized).toEqual(["Sheet3"]);
    expect(result.stale).toEqual(["采购"]);
  });
});

describe("recognition messages", () => {
  const r = recognizeSheet("收文登记簿", [["收文编号", "标题", "收文編號"]], registers);
  if (!r) throw new Error("not recognised");

  it("explains a recognition by name, a stale confirmation and an unrecognised sheet", () => {
    expect(recognitionNotes(r, "zh-CN")).toEqual(["工作表“收文登记簿”按名称识别为收文登记簿，但表头不完整"]);
    expect(recognitionNotes({ ...r, basis: "headers" }, "zh-CN")).toEqual([]);
    expect(recognitionNotes({ ...r, basis: "headers", staleConfirmation: true }, "en-US")).toEqual([
      "The headers of sheet “收文登记簿” changed, so the column mapping confirmed earlier no longer fits; it was recognised again — please confirm it again",
    ]);
    expect(unrecognizedMessage("Sheet3", "en-US")).toContain("none of its first 5 rows");
  });
});

describe("generated sheets", () => {
  const sheets = [
    { name: "KPI看板", values: [["KPI看板 2026Q3"], ["编号", "指标", "目标", "实际"]] },
    { name: "期限总览", values: [["台账", "行", "编号", "期限"]] },
    { name: "Sheet3", values: [["随便", "什么"]] },
  ];

  it("sets the sheets named as generated apart instead of calling them unrecognised", () => {
    const result = recognizeWorkbook(sheets, REGISTERS, null, { generated: ["KPI看板", "期限总览"] });
    expect(result.generated).toEqual(["KPI看板", "期限总览"]);
    expect(result.unrecognized).toEqual(["Sheet3"]);
  });

  it("keeps no list of its own: the app's registry names them", () => {
    expect(recognizeWorkbook(sheets, REGISTERS).unrecognized).toEqual(["KPI看板", "期限总览", "Sheet3"]);
  });
});
