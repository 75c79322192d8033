import fc from "fast-check";
import { daysInMonth, ymdToSerial } from "../../../src/core/dates";
import type { FieldType } from "../../../src/core/registers/types";
import { cellParser, parseDateTime, parseInteger, toHalfWidth } from "../../../src/core/values";

const fullWidth = (s: string) => s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

describe("value parsing properties", () => {
  it("reads back any date and time written in the accepted forms", () => {
    const ymd = fc
      .tuple(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
      .filter(([y, m, d]) => d <= daysInMonth(y, m));
    fc.assert(
      fc.property(ymd, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), ([y, m, d], h, mi) => {
        const want = ymdToSerial(y, m, d) + (h * 60 + mi) / 1440;
        const h12 = h % 12 === 0 ? 12 : h % 12;
        const forms = [
          `${y}-${pad(m)}-${pad(d)} ${pad(h)}:${pad(mi)}`,
          `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(mi)}:00`,
          `${y}/${m}/${d} ${h}:${pad(mi)}`,
          `${y}年${m}月${d}日 ${h}:${pad(mi)}`,
          `${y}/${m}/${d} ${h < 12 ? "上午" : "下午"}${h12}:${pad(mi)}`,
          `${y}/${m}/${d} ${h12}:${pad(mi)} ${h < 12 ? "AM" : "PM"}`,
          fullWidth(`${y}-${pad(m)}-${pad(d)} ${pad(h)}:${pad(mi)}`),
        ];
        for (const f of forms) {
          const p = parseDateTime(f);
          expect([f, p.kind]).toEqual([f, "ok"]);
          if (p.kind === "ok") expect(Math.abs(p.value - want)).toBeLessThan(1e-9);
        }
      }),
    );
  });

  it("reads back whole numbers written with separators or in full width", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        for (const text of [String(n), n.toLocaleString("en-US"), fullWidth(String(n)), ` ${n} `]) {
          expect([text, parseInteger(text)]).toEqual([text, { kind: "ok", value: n }]);
        }
      }),
    );
  });

  it("never throws, whatever a cell holds", () => {
    const kinds: FieldType[] = [
      "text",
      "date",
      "datetime",
      "time",
      "int",
      "decimal",
      "money",
      "percent",
      "bool",
      "list",
    ].map((kind) => ({ kind }) as FieldType);
    kinds.push({ kind: "enum", source: { kind: "fixed", values: ["是", "否"], aliases: { 對: "是" } } });
    const parsers = kinds.map((t) => cellParser(t));
    const cell = fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme" }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(cell, (raw) => {
        for (const parse of parsers) {
          const p = parse(raw);
          expect(["blank", "ok", "error"]).toContain(p.kind);
        }
      }),
    );
  });

  it("toHalfWidth leaves no full-width ASCII variant or ideographic space", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0x20, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
        (s) => {
          expect(toHalfWidth(s)).not.toMatch(/[\uff01-\uff5e\u3000]/);
        },
      ),
    );
  });
});
