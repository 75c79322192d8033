/** Widths for written columns: a computed 截止日期 shows its date, not 「###」; a width the user set is kept. */
import { neededWidths, widenColumns } from "../../src/xlsx/package/sheet-cols";

const SHEET = (cols: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData/></worksheet>`;

describe("widenColumns", () => {
  const widths = neededWidths([
    { sheet: "s", row: 1, column: 14, values: [["截止日期(计算)"], [46345]], columnFormats: ["yyyy-mm-dd"] },
  ]);

  it("gives a default-width column written with dates and a CJK header the width they need", () => {
    expect(widths.get(14)).toBe(14);
    expect(widenColumns(SHEET(""), widths)).toBe(
      SHEET('<cols><col min="14" max="14" width="16" customWidth="1"/></cols>'),
    );
  });

  it("adds the column in order among the user's, and leaves a column the user sized alone", () => {
    const mine =
      '<cols><col min="1" max="2" width="20" customWidth="1"/><col min="20" max="20" width="5" customWidth="1"/></cols>';
    expect(widenColumns(SHEET(mine), widths)).toBe(
      SHEET(
        '<cols><col min="1" max="2" width="20" customWidth="1"/><col min="14" max="14" width="16" customWidth="1"/><col min="20" max="20" width="5" customWidth="1"/></cols>',
      ),
    );
    const sized = '<cols><col min="10" max="15" width="6" customWidth="1"/></cols>';
    expect(widenColumns(SHEET(sized), widths)).toBe(SHEET(sized));
  });

  it("leaves short values at the default width", () => {
    expect(widenColumns(SHEET(""), neededWidths([{ sheet: "s", row: 2, column: 3, values: [[12], ["是"]] }]))).toBe(
      SHEET(""),
    );
  });
});
