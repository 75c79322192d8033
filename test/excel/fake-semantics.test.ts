/* The Excel fake must behave like Excel where the adapter could get it wrong; these tests pin that behaviour. */
import { createExcelFake, createOfficeFake, FakeOfficeError, PAYLOAD_LIMIT_BYTES } from "../support/excel-fake";

const seed = {
  sheets: [
    {
      name: "收文登记簿",
      values: [
        ["收文编号", "收文日期"],
        ["SW-001", 46000],
        ["SW-002", 46001],
      ],
    },
    {
      name: "Other",
      values: [
        [null, null],
        [null, "x"],
      ],
    },
  ],
};

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as FakeOfficeError).code;
  }
  return "no error";
}

describe("excel fake: load and sync", () => {
  it("throws PropertyNotLoaded for a property read before load + sync, and delivers it after sync", async () => {
    const fake = createExcelFake(seed);
    await fake.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("收文登记簿").getRange("A1:B3");
      expect(() => range.values).toThrow(/not available/);
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
      expect(range.values).toEqual([
        ["收文编号", "收文日期"],
        ["SW-001", 46000],
        ["SW-002", 46001],
      ]);
      expect(() => range.address).toThrow(/not available/);
    });
  });

  it("applies written values only at sync", async () => {
    const fake = createExcelFake(seed);
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("收文登记簿").getRange("C1").values = [["状态"]];
      expect(fake.state.sheetByName("收文登记簿")?.valueAt(0, 2)).toBe("");
      await ctx.sync();
      expect(fake.state.sheetByName("收文登记簿")?.valueAt(0, 2)).toBe("状态");
    });
  });

  it("treats written strings like typed entry: numbers, dates and formulas unless quoted", async () => {
    const fake = createExcelFake(seed);
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Other").getRange("A1:E1").values = [["001", "2025-03-05", "=1+1", "'001", "-x"]];
      await ctx.sync();
    });
    const s = fake.state.sheetByName("Other");
    expect([s?.valueAt(0, 0), s?.valueAt(0, 1), s?.formulaAt(0, 2), s?.valueAt(0, 3), s?.formulaAt(0, 4)]).toEqual([
      1,
      45721,
      "=1+1",
      "001",
      "=-x",
    ]);
  });

  it("leaves cells written as null unchanged and clears cells written as ''", async () => {
    const fake = createExcelFake(seed);
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("收文登记簿").getRange("A2:B2").values = [[null, ""]];
      await ctx.sync();
    });
    const s = fake.state.sheetByName("收文登记簿");
    expect([s?.valueAt(1, 0), s?.valueAt(1, 1)]).toEqual(["SW-001", ""]);
  });

  it("rejects a write whose array does not match the range", async () => {
    const fake = createExcelFake(seed);
    const code = await codeOf(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Other").getRange("A1:B1").values = [["only one"]];
        await ctx.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("reports a missing sheet from sync (ItemNotFound), and a null object via isNullObject after sync", async () => {
    const fake = createExcelFake(seed);
    const code = await codeOf(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Missing").load("name");
        await ctx.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
    await fake.Excel.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Missing");
      const present = ctx.workbook.worksheets.getItemOrNullObject("other");
      expect(() => missing.isNullObject).toThrow(/not available/);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("returns the used range as Excel does: the bounding box of content, not from A1", async () => {
    const fake = createExcelFake(seed);
    await fake.Excel.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("Other").getUsedRangeOrNullObject(true);
      used.load(["address", "rowIndex", "columnIndex"]);
      await ctx.sync();
      expect([used.address, used.rowIndex, used.columnIndex]).toEqual(["Other!B2", 1, 1]);
    });
  });

  it("refuses writes to a protected sheet with AccessDenied and protect() on a protected sheet", async () => {
    const fake = createExcelFake({ sheets: [{ name: "A", protected: true }, { name: "B" }] });
    expect(
      await codeOf(
        fake.Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("A").getRange("A1").values = [[1]];
          await ctx.sync();
        }),
      ),
    ).toBe("AccessDenied");
    expect(
      await codeOf(
        fake.Excel.run(async (ctx) => {
          ctx.workbook.worksheets.getItem("A").protection.protect();
          await ctx.sync();
        }),
      ),
    ).toBe("AccessDenied");
  });

  it("refuses to hide or delete the last visible sheet", async () => {
    const fake = createExcelFake({ sheets: [{ name: "A" }, { name: "B", visibility: "Hidden" }] });
    const code = await codeOf(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("A").visibility = "VeryHidden";
        await ctx.sync();
      }),
    );
    expect(code).toBe("InvalidOperation");
  });
});

describe("excel fake: payload limits and counters", () => {
  it("counts syncs, including the one Excel.run sends for leftover actions", async () => {
    const fake = createExcelFake(seed);
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Other").getRange("A1").values = [[1]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Other").getRange("A2").values = [[2]];
    });
    expect(fake.stats.syncs).toBe(2);
  });

  it("fails a request over 5 MB with RequestPayloadSizeLimitExceeded and applies none of it", async () => {
    const fake = createExcelFake({ sheets: [{ name: "Big" }] });
    const rows = 60_000;
    const text = "x".repeat(90);
    const code = await codeOf(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Big").getRange(`A1:A${rows}`).values = Array.from({ length: rows }, () => [
          text,
        ]);
        await ctx.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.stats.maxRequestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.state.sheetByName("Big")?.usedRect(true)).toBeNull();
  });

  it("fails a response over 5 MB and delivers nothing", async () => {
    const rows = 60_000;
    const values = Array.from({ length: rows }, (_, i) => [`${"y".repeat(90)}${i}`]);
    const fake = createExcelFake({ sheets: [{ name: "Big", values }] });
    let range: { values: unknown } | undefined;
    const code = await codeOf(
      fake.Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("Big").getRange(`A1:A${rows}`);
        range = r;
        r.load("values");
        await ctx.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(() => range?.values).toThrow(/not available/);
  });

  it("raises onChanged for user edits, and for add-in writes only while events are enabled", async () => {
    const fake = createExcelFake(seed);
    const seen: string[] = [];
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Other").onChanged.add(async (args) => void seen.push(args.address));
      await ctx.sync();
    });
    fake.userEdit("Other", "C3", [[5]]);
    await fake.settled();
    await fake.Excel.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem("Other").getRange("D4").values = [[1]];
      ctx.runtime.enableEvents = true;
      ctx.workbook.worksheets.getItem("Other").getRange("E5").values = [[1]];
      await ctx.sync();
    });
    await fake.settled();
    expect(seen).toEqual(["C3", "E5"]);
    expect(fake.stats.changeEventsFromWrites).toBe(1);
  });
});

describe("excel fake: objects", () => {
  it("selects only on the active sheet and reports the selection back", async () => {
    const fake = createExcelFake(seed);
    const code = await codeOf(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Other").getRange("B2").select();
        await ctx.sync();
      }),
    );
    expect(code).toBe("InvalidOperation");
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Other");
      ws.activate();
      ws.getRange("B2:C3").select();
      const selected = ctx.workbook.getSelectedRange();
      selected.load("address");
      await ctx.sync();
      expect(selected.address).toBe("Other!B2:C3");
    });
  });

  it("keeps table names unique in the workbook and refuses overlapping tables", async () => {
    const fake = createExcelFake(seed);
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("收文登记簿").tables.add("A1:B3", true).name = "Docs";
      await ctx.sync();
    });
    const clash = await codeOf(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Other").tables.add("A1:B2", true).name = "docs";
        await ctx.sync();
      }),
    );
    const overlap = await codeOf(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("收文登记簿").tables.add("B2:C4", true);
        await ctx.sync();
      }),
    );
    expect([clash, overlap]).toEqual(["ItemAlreadyExists", "InvalidOperation"]);
    await fake.Excel.run(async (ctx) => {
      const header = ctx.workbook.worksheets
        .getItem("收文登记簿")
        .tables.getItemOrNullObject("DOCS")
        .getHeaderRowRange();
      header.load("values");
      await ctx.sync();
      expect(header.values).toEqual([["收文编号", "收文日期"]]);
    });
  });

  it("finds, deletes and clears conditional formats by id and by range", async () => {
    const fake = createExcelFake(seed);
    let id = "";
    await fake.Excel.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem("收文登记簿").getRange("A2:B3").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=$B2>46000";
      cf.custom.format.fill.color = "#FFC7CE";
      cf.load("id");
      await ctx.sync();
      id = cf.id;
    });
    const sheet = fake.state.sheetByName("收文登记簿");
    expect(sheet?.conditionalFormats).toMatchObject([{ id, formula: "=$B2>46000", fill: "#FFC7CE" }]);
    await fake.Excel.run(async (ctx) => {
      const formats = ctx.workbook.worksheets.getItem("收文登记簿").getRange("A1:Z9").conditionalFormats;
      const found = formats.getItemOrNullObject(id);
      const missing = formats.getItemOrNullObject("nope");
      await ctx.sync();
      expect([found.isNullObject, missing.isNullObject]).toEqual([false, true]);
      found.delete();
      await ctx.sync();
    });
    expect(sheet?.conditionalFormats).toEqual([]);
  });

  it("rejects a list literal over 255 characters and a second note on one cell", async () => {
    const fake = createExcelFake(seed);
    const list = await codeOf(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Other").getRange("A1:A9").dataValidation.rule = {
          list: { inCellDropDown: true, source: Array.from({ length: 60 }, (_, i) => `选项${i}`).join(",") },
        };
        await ctx.sync();
      }),
    );
    const note = await codeOf(
      fake.Excel.run(async (ctx) => {
        const notes = ctx.workbook.worksheets.getItem("Other").notes;
        notes.add("B2", "one");
        notes.add("B2", "two");
        await ctx.sync();
      }),
    );
    expect([list, note]).toEqual(["InvalidArgument", "InvalidArgument"]);
    expect(fake.state.sheetByName("Other")?.notes.get(1, 1)).toBe("one");
  });

  it("keeps a proxy pointing at what it found: a deleted sheet's objects fail with ItemNotFound", async () => {
    const fake = createExcelFake(seed);
    const code = await codeOf(
      fake.Excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Other");
        ws.load("name");
        await ctx.sync();
        ws.delete();
        await ctx.sync();
        ws.getRange("A1").values = [[1]];
        await ctx.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
  });
});

describe("office fake", () => {
  it("answers requirement-set checks by version, numerically", async () => {
    const office = createOfficeFake({ supported: { ExcelApi: "1.10" }, displayLanguage: "en-US" });
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.18")).toBe(false);
    expect(office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    const seen: string[] = [];
    await expect(office.onReady((info) => seen.push(info.host))).resolves.toMatchObject({ host: "Excel" });
    expect(seen).toEqual(["Excel"]);
  });
});

describe("excel fake: round trips", () => {
  // What lets a page render between two syncs: a task queued before the sync runs before its answer arrives.
  async function taskRanBeforeAnswer(roundTrip: "microtask" | "task"): Promise<boolean> {
    const fake = createExcelFake(seed, { roundTrip });
    let taskRan = false;
    await fake.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("收文登记簿").getRange("A1");
      range.load("values");
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        taskRan = true;
        channel.port1.close();
      };
      channel.port2.postMessage(null);
      await ctx.sync();
      expect(range.values).toEqual([["收文编号"]]);
    });
    return taskRan;
  }

  it("answers in a task of its own with roundTrip 'task', as Excel does (the e2e pages use it)", async () => {
    expect(await taskRanBeforeAnswer("task")).toBe(true);
  });

  it("answers within the caller's microtasks by default (jest)", async () => {
    expect(await taskRanBeforeAnswer("microtask")).toBe(false);
  });
});
