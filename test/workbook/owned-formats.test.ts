import type { ConditionalFormatSpec } from "../../src/core/sheet-spec";
import {
  claimOwned,
  parseOwnedFormats,
  planOwnedFormats,
  recordAfter,
  sameFormat,
  serializeOwnedFormats,
  type OwnedFormatsRecord,
} from "../../src/workbook/owned-formats";

const red = { range: "A2:C9", kind: "formula" as const, formula: '=$C2="已逾期"', fill: "#FFC7CE" };
const amber = { range: "A2:C9", kind: "formula" as const, formula: '=$C2="临期"', fill: "#FFEB9C" };

describe("owned conditional formats record", () => {
  it("reads back what it writes, ids included", () => {
    const records: OwnedFormatsRecord[] = [
      { sheet: "收文", owner: "deadlines", formats: [red, amber], ids: ["a", "b"] },
    ];
    expect(parseOwnedFormats(serializeOwnedFormats(records))).toEqual(records);
  });

  it("treats a damaged record as owning nothing, and drops ids that no longer line up with the formats", () => {
    expect(parseOwnedFormats("{not json")).toEqual([]);
    expect(parseOwnedFormats('{"sheet":"收文"}')).toEqual([]);
    expect(parseOwnedFormats(null)).toEqual([]);
    const damaged = JSON.stringify([
      { sheet: "收文", owner: "deadlines", formats: [red, { range: 3 }], ids: ["a", "b"] },
      { sheet: 1 },
    ]);
    expect(parseOwnedFormats(damaged)).toEqual([{ sheet: "收文", owner: "deadlines", formats: [red] }]);
  });

  it("recognises a format whatever '=' or '$' the host wrote, but not another rule or range", () => {
    expect(sameFormat(red, { range: "$A$2:$C$9", kind: "formula", formula: '$C2="已逾期"' })).toBe(true);
    expect(sameFormat(red, { ...red, formula: '=$C2="临期"' })).toBe(false);
    expect(sameFormat(red, { ...red, range: "A2:C10" })).toBe(false);
  });

  it("claims each recorded format once, by id first, so an identical user copy is left", () => {
    const present = [
      { id: "u", spec: red },
      { id: "ours", spec: red },
      { id: "v", spec: amber },
    ];
    const record: OwnedFormatsRecord = { sheet: "收文", owner: "deadlines", formats: [red], ids: ["ours"] };
    const match = (p: (typeof present)[number], spec: ConditionalFormatSpec) => sameFormat(p.spec, spec);
    expect([...claimOwned(present, [record], match, (p) => p.id)]).toEqual([1]);
    // Without ids (a file written by another host) the first equal one is claimed — still only one.
    expect([...claimOwned(present, [{ ...record, ids: undefined }], match)]).toEqual([0]);
  });

  it("replaces only the asked (sheet, owner) and keeps other owners' records", () => {
    const recorded: OwnedFormatsRecord[] = [
      { sheet: "收文", owner: "deadlines", formats: [red] },
      { sheet: "收文", owner: "kpi", formats: [amber] },
      { sheet: "发文", owner: "deadlines", formats: [red] },
    ];
    const entries = [{ sheet: "收文", owner: "deadlines", formats: [amber] }];
    const plan = planOwnedFormats(recorded, entries);
    expect(plan.sheets).toEqual([{ sheet: "收文", replaced: [recorded[0]], others: [recorded[1]], add: [amber] }]);
    expect(recordAfter(plan, entries)).toEqual([
      recorded[1],
      recorded[2],
      { sheet: "收文", owner: "deadlines", formats: [amber] },
    ]);
    expect(
      recordAfter(planOwnedFormats(recorded, [{ sheet: "收文", owner: "deadlines", formats: [] }]), [
        { sheet: "收文", owner: "deadlines", formats: [] },
      ]),
    ).toEqual([recorded[1], recorded[2]]);
  });
});
